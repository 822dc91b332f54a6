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
import { Workshop } from '../workshop/workshop.type';
import { SteeringCommitteeMeeting } from '../meeting/steeringCommitteeMeeting.type';
import { Initiative } from '../initiative/initiative.type';
import { RiskTheme } from './riskTheme.type';

export const RiskThemeConnection = connectionOf(RiskTheme, 'RiskTheme');

@Resolver(() => RiskTheme)
export class RiskThemeResolver {
  @Query(() => RiskThemeConnection, { description: 'Risk and prevention themes, filtered, ordered and paginated.', complexity: PAGE_COST })
  riskThemes(
    @Args() page: PageArgs,
    @Arg('filter', () => EntityFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: EntityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(ctx, { kinds: ['RiskTheme'], ids: filter?.ids, nameContains: filter?.nameContains }, { ...page, orderBy }, undefined, info);
  }

  @FieldResolver(() => [Workshop], { description: 'Workshops that covered the theme (COVERED, incoming).', complexity: RELATED_COST })
  workshops(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('COVERED', 'Workshop'), first, info);
  }

  @FieldResolver(() => [SteeringCommitteeMeeting], { description: 'Steering committee meetings that covered the theme (COVERED, incoming).', complexity: RELATED_COST })
  steeringCommitteeMeetings(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('COVERED', 'SteeringCommitteeMeeting'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives that address the theme (ADDRESSES, incoming).', complexity: RELATED_COST })
  initiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ADDRESSES', 'Initiative'), first, info);
  }
}
