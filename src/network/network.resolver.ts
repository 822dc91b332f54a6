import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import { Context } from '../graphql/context';
import { EntityRecord } from '../graph/entityRecord';
import { RELATED_COST, RELATED_FIRST, into, out, relatedList } from '../graphql/related';
import { PAGE_COST, PageArgs } from '../pagination/pageArgs';
import { connectionOf } from '../pagination/connection';
import { EntityOrder } from '../pagination/entityOrder.input';
import { entityPage } from '../pagination/entityPage';
import { EntityFilter } from '../entity/entityFilter.input';
import { Region } from '../region/region.type';
import { Partner } from '../partner/partner.type';
import { City } from '../city/city.type';
import { Workshop } from '../workshop/workshop.type';
import { SteeringCommitteeMeeting } from '../meeting/steeringCommitteeMeeting.type';
import { Network } from './network.type';

export const NetworkConnection = connectionOf(Network, 'Network');

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => NetworkConnection, { description: 'Networks of cities, filtered, ordered and paginated.', complexity: PAGE_COST })
  networks(
    @Args() page: PageArgs,
    @Arg('filter', () => EntityFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: EntityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(ctx, { kinds: ['Network'], ids: filter?.ids, nameContains: filter?.nameContains }, { ...page, orderBy }, undefined, info);
  }

  @FieldResolver(() => [Region], { description: 'Regions the network works in (ACTIVE_IN).', complexity: RELATED_COST })
  regions(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('ACTIVE_IN', 'Region'), first, info);
  }

  @FieldResolver(() => [Partner], { description: 'Partner organisations of the network (PARTNER_OF, incoming).', complexity: RELATED_COST })
  partners(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('PARTNER_OF', 'Partner'), first, info);
  }

  @FieldResolver(() => [City], { description: 'Member cities named in the sources (MEMBER_OF, incoming); stated member counts are on Region.memberCityCount.', complexity: RELATED_COST })
  memberCities(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('MEMBER_OF', 'City'), first, info);
  }

  @FieldResolver(() => [Workshop], { description: 'Workshops the network organised (ORGANISED_BY, incoming).', complexity: RELATED_COST })
  workshops(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ORGANISED_BY', 'Workshop'), first, info);
  }

  @FieldResolver(() => [SteeringCommitteeMeeting], { description: 'Steering committee meetings of the network (ORGANISED_BY, incoming).', complexity: RELATED_COST })
  steeringCommitteeMeetings(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ORGANISED_BY', 'SteeringCommitteeMeeting'), first, info);
  }
}
