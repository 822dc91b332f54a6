import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import { Context } from '../graphql/context';
import { EntityRecord } from '../graph/entityRecord';
import { LINK_PATHS, linkIf } from '../graph/linkPaths';
import { RELATED_COST, RELATED_FIRST, into, out, relatedList } from '../graphql/related';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { connectionOf } from '../pagination/connection';
import { EntityOrder } from '../pagination/entityOrder.input';
import { entityPage } from '../pagination/entityPage';
import { Network } from '../network/network.type';
import { Workshop } from '../workshop/workshop.type';
import { Initiative } from '../initiative/initiative.type';
import { Event } from '../event/event.interface';
import { Partner } from './partner.type';
import { PartnerFilter } from './partnerFilter.input';

export const PartnerConnection = connectionOf(Partner, 'Partner');

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'Partner organisations, filtered, ordered and paginated.', complexity: PAGE_COST })
  partners(
    @Args() page: PageArgs,
    @Arg('filter', () => PartnerFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: PartnerFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(
      ctx,
      { kinds: ['Partner'], ids: filter?.ids, nameContains: filter?.nameContains, links: linkIf(filter?.networkId, LINK_PATHS.partnerOfNetwork) },
      { ...page, orderBy },
      undefined,
      info,
    );
  }

  @FieldResolver(() => [Network], { description: 'Networks the organisation is a partner of (PARTNER_OF).', complexity: RELATED_COST })
  networks(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('PARTNER_OF', 'Network'), first, info);
  }

  @FieldResolver(() => [Workshop], { description: 'Workshops the organisation hosted (HOSTED_BY, incoming).', complexity: RELATED_COST })
  hostedWorkshops(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('HOSTED_BY', 'Workshop'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Every event the organisation hosted, workshops and meetings (HOSTED_BY, incoming).', complexity: RELATED_COST })
  hostedEvents(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('HOSTED_BY'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Events the organisation organised (ORGANISED_BY, incoming).', complexity: RELATED_COST })
  organisedEvents(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ORGANISED_BY'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Events the organisation took part in (PARTICIPATED_IN).', complexity: RELATED_COST })
  participatedIn(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('PARTICIPATED_IN'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives the organisation develops or developed (DEVELOPED_BY, incoming).', complexity: RELATED_COST })
  initiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('DEVELOPED_BY', 'Initiative'), first, info);
  }
}
