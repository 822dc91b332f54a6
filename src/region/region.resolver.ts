import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import { Context } from '../graphql/context';
import { EntityRecord } from '../graph/entityRecord';
import { RELATED_COST, RELATED_FIRST, into, relatedList } from '../graphql/related';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { connectionOf } from '../pagination/connection';
import { EntityOrder } from '../pagination/entityOrder.input';
import { entityPage } from '../pagination/entityPage';
import { EntityFilter } from '../entity/entityFilter.input';
import { Country } from '../country/country.type';
import { Network } from '../network/network.type';
import { Event } from '../event/event.interface';
import { Region } from './region.type';

export const RegionConnection = connectionOf(Region, 'Region');

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => RegionConnection, { description: 'Regions, filtered, ordered and paginated.', complexity: PAGE_COST })
  regions(
    @Args() page: PageArgs,
    @Arg('filter', () => EntityFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: EntityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(ctx, { kinds: ['Region'], ids: filter?.ids, nameContains: filter?.nameContains }, { ...page, orderBy }, undefined, info);
  }

  @FieldResolver(() => [Country], { description: 'Countries in the region (PART_OF, incoming; reference data).', complexity: RELATED_COST })
  countries(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('PART_OF', 'Country'), first, info);
  }

  @FieldResolver(() => [Network], { description: 'Networks working in the region (ACTIVE_IN, incoming).', complexity: RELATED_COST })
  networks(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ACTIVE_IN', 'Network'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Events whose source places them in the region as a whole (HELD_IN, incoming); events in its cities and countries are found with events(regionId).', complexity: RELATED_COST })
  events(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('HELD_IN'), first, info);
  }
}
