import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import { Context } from '../graphql/context';
import { EntityRecord } from '../graph/entityRecord';
import { LINK_PATHS, linkIf } from '../graph/linkPaths';
import { RELATED_COST, RELATED_FIRST, into, out, relatedList } from '../graphql/related';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { connectionOf } from '../pagination/connection';
import { EntityOrder, OrderField } from '../pagination/entityOrder.input';
import { entityPage } from '../pagination/entityPage';
import { Entity } from '../entity/entity.interface';
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
    @Info() info: GraphQLResolveInfo,
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
      info,
    );
  }

  @FieldResolver(() => [Partner], { description: 'Organisations that hosted the workshop (HOSTED_BY).', complexity: RELATED_COST })
  hosts(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('HOSTED_BY', 'Partner'), first, info);
  }

  @FieldResolver(() => [Entity], { description: 'Networks or organisations that organised it (ORGANISED_BY).', complexity: RELATED_COST })
  organisers(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('ORGANISED_BY'), first, info);
  }

  @FieldResolver(() => [Country], { description: 'Countries whose cities took part (PARTICIPATED_IN, incoming).', complexity: RELATED_COST })
  participatingCountries(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('PARTICIPATED_IN', 'Country'), first, info);
  }

  @FieldResolver(() => [Entity], { description: 'Every city, country and organisation that took part (PARTICIPATED_IN, incoming).', complexity: RELATED_COST })
  participants(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('PARTICIPATED_IN'), first, info);
  }

  @FieldResolver(() => [RiskTheme], { description: 'Themes the workshop covered (COVERED).', complexity: RELATED_COST })
  themes(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('COVERED', 'RiskTheme'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives discussed at the workshop (DISCUSSED).', complexity: RELATED_COST })
  initiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('DISCUSSED', 'Initiative'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives first announced at the workshop (ANNOUNCED_AT, incoming).', complexity: RELATED_COST })
  announcedInitiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ANNOUNCED_AT', 'Initiative'), first, info);
  }

  @FieldResolver(() => [Workshop], { description: 'Earlier workshops or trainings this one built on (BUILDS_ON).', complexity: RELATED_COST })
  buildsOn(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('BUILDS_ON', 'Workshop'), first, info);
  }

  @FieldResolver(() => [Workshop], { description: 'Later workshops that built on this one (BUILDS_ON, incoming).', complexity: RELATED_COST })
  builtOnBy(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('BUILDS_ON', 'Workshop'), first, info);
  }
}
