import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import { Context } from '../graphql/context';
import { EntityRecord } from '../graph/entityRecord';
import { LINK_PATHS, linkIf } from '../graph/linkPaths';
import { RELATED_COST, RELATED_FIRST, into, out, relatedList, relatedOne } from '../graphql/related';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { connectionOf } from '../pagination/connection';
import { EntityOrder } from '../pagination/entityOrder.input';
import { entityPage } from '../pagination/entityPage';
import { Partner } from '../partner/partner.type';
import { Event } from '../event/event.interface';
import { RiskTheme } from '../theme/riskTheme.type';
import { Initiative } from './initiative.type';
import { InitiativeFilter } from './initiativeFilter.input';

export const InitiativeConnection = connectionOf(Initiative, 'Initiative');

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: 'Initiatives, filtered, ordered and paginated.', complexity: PAGE_COST })
  initiatives(
    @Args() page: PageArgs,
    @Arg('filter', () => InitiativeFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: InitiativeFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(
      ctx,
      {
        kinds: ['Initiative'],
        ids: filter?.ids,
        nameContains: filter?.nameContains,
        equals: { initiativeKind: filter?.initiativeKind },
        links: [...linkIf(filter?.partnerId, LINK_PATHS.initiativeDevelopedBy), ...linkIf(filter?.themeId, LINK_PATHS.initiativeAddressesTheme)],
      },
      { ...page, orderBy },
      undefined,
      info,
    );
  }

  @FieldResolver(() => [Partner], { description: 'Organisations developing the initiative (DEVELOPED_BY).', complexity: RELATED_COST })
  developedBy(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('DEVELOPED_BY', 'Partner'), first, info);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where the initiative was first announced (ANNOUNCED_AT).' })
  announcedAt(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, out('ANNOUNCED_AT'), info);
  }

  @FieldResolver(() => [Event], { description: 'Events where the initiative was discussed (DISCUSSED, incoming).', complexity: RELATED_COST })
  discussedAt(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('DISCUSSED'), first, info);
  }

  @FieldResolver(() => [RiskTheme], { description: 'Themes the initiative addresses (ADDRESSES).', complexity: RELATED_COST })
  themes(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('ADDRESSES', 'RiskTheme'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives this one forms the basis of (INFORMS).', complexity: RELATED_COST })
  informs(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('INFORMS', 'Initiative'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives this one is based on (INFORMS, incoming).', complexity: RELATED_COST })
  informedBy(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('INFORMS', 'Initiative'), first, info);
  }
}
