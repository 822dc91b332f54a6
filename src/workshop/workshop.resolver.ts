import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord } from '../loaders/entityRecord';
import { LINK_PATHS, linkIf } from '../graph/linkPaths';
import { RELATED_COST, RELATED_FIRST, into, out, relatedList } from '../resolvers/fields/related';
import { PAGE_COST, PageArgs } from '../resolvers/pagination/pageArgs';
import { connectionOf } from '../resolvers/pagination/connection';
import { EntityOrder, OrderField } from '../resolvers/pagination/entityOrder.input';
import { entityPage } from '../resolvers/pagination/entityPage';
import { Entity } from '../resolvers/types/entity.interface';
import { Partner } from '../partner/partner.type';
import { Country } from '../country/country.type';
import { RiskTheme } from '../theme/riskTheme.type';
import { Initiative } from '../initiative/initiative.type';
import { Workshop } from './workshop.type';
import { WorkshopFilter } from './workshopFilter.input';

export const WorkshopConnection = connectionOf(Workshop, 'Workshop');

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { description: 'Workshops and trainings, filtered, ordered (by date unless orderBy says otherwise) and paginated.', complexity: PAGE_COST })
  workshops(
    @Args() page: PageArgs,
    @Arg('filter', () => WorkshopFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: WorkshopFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
  ) {
    return entityPage(
      ctx,
      {
        kinds: ['Workshop'],
        ids: filter?.ids,
        nameContains: filter?.nameContains,
        equals: { workshopKind: filter?.workshopKind, status: filter?.status },
        from: filter?.from,
        to: filter?.to,
        links: [
          ...linkIf(filter?.cityId, LINK_PATHS.eventInCity),
          ...linkIf(filter?.countryId, LINK_PATHS.eventInCountry),
          ...linkIf(filter?.regionId, LINK_PATHS.eventInRegion),
          ...linkIf(filter?.themeId, LINK_PATHS.eventCoversTheme),
          ...linkIf(filter?.hostId, LINK_PATHS.eventHostedBy),
        ],
      },
      { ...page, orderBy },
      OrderField.DATE,
    );
  }

  @FieldResolver(() => [Partner], { description: 'Organisations that hosted the workshop (HOSTED_BY).', complexity: RELATED_COST })
  hosts(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, out('HOSTED_BY', 'Partner'), first);
  }

  @FieldResolver(() => [Entity], { description: 'Networks or organisations that organised it (ORGANISED_BY).', complexity: RELATED_COST })
  organisers(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, out('ORGANISED_BY'), first);
  }

  @FieldResolver(() => [Country], { description: 'Countries whose cities took part (PARTICIPATED_IN, incoming).', complexity: RELATED_COST })
  participatingCountries(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('PARTICIPATED_IN', 'Country'), first);
  }

  @FieldResolver(() => [Entity], { description: 'Every city, country and organisation that took part (PARTICIPATED_IN, incoming).', complexity: RELATED_COST })
  participants(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('PARTICIPATED_IN'), first);
  }

  @FieldResolver(() => [RiskTheme], { description: 'Themes the workshop covered (COVERED).', complexity: RELATED_COST })
  themes(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, out('COVERED', 'RiskTheme'), first);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives discussed at the workshop (DISCUSSED).', complexity: RELATED_COST })
  initiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, out('DISCUSSED', 'Initiative'), first);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives first announced at the workshop (ANNOUNCED_AT, incoming).', complexity: RELATED_COST })
  announcedInitiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('ANNOUNCED_AT', 'Initiative'), first);
  }

  @FieldResolver(() => [Workshop], { description: 'Earlier workshops or trainings this one built on (BUILDS_ON).', complexity: RELATED_COST })
  buildsOn(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, out('BUILDS_ON', 'Workshop'), first);
  }

  @FieldResolver(() => [Workshop], { description: 'Later workshops that built on this one (BUILDS_ON, incoming).', complexity: RELATED_COST })
  builtOnBy(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('BUILDS_ON', 'Workshop'), first);
  }
}
