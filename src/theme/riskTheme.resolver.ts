import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord } from '../loaders/entityRecord';
import { RELATED_COST, RELATED_FIRST, into, relatedList } from '../resolvers/fields/related';
import { PAGE_COST, PageArgs } from '../resolvers/pagination/pageArgs';
import { connectionOf } from '../resolvers/pagination/connection';
import { EntityOrder } from '../resolvers/pagination/entityOrder.input';
import { entityPage } from '../resolvers/pagination/entityPage';
import { EntityFilter } from '../resolvers/types/entityFilter.input';
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
  ) {
    return entityPage(ctx, { kinds: ['RiskTheme'], ids: filter?.ids, nameContains: filter?.nameContains }, { ...page, orderBy });
  }

  @FieldResolver(() => [Workshop], { description: 'Workshops that covered the theme (COVERED, incoming).', complexity: RELATED_COST })
  workshops(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('COVERED', 'Workshop'), first);
  }

  @FieldResolver(() => [SteeringCommitteeMeeting], { description: 'Steering committee meetings that covered the theme (COVERED, incoming).', complexity: RELATED_COST })
  steeringCommitteeMeetings(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('COVERED', 'SteeringCommitteeMeeting'), first);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives that address the theme (ADDRESSES, incoming).', complexity: RELATED_COST })
  initiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context) {
    return relatedList(ctx, root, into('ADDRESSES', 'Initiative'), first);
  }
}
