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
import { Initiative } from '../initiative/initiative.type';
import { RiskTheme } from '../theme/riskTheme.type';
import { Partner } from '../partner/partner.type';
import { SteeringCommitteeMeeting } from './steeringCommitteeMeeting.type';
import { SteeringCommitteeMeetingFilter } from './steeringCommitteeMeetingFilter.input';

export const SteeringCommitteeMeetingConnection = connectionOf(SteeringCommitteeMeeting, 'SteeringCommitteeMeeting');

@Resolver(() => SteeringCommitteeMeeting)
export class SteeringCommitteeMeetingResolver {
  @Query(() => SteeringCommitteeMeetingConnection, { description: 'Steering committee meetings, filtered, ordered (by date by default) and paginated.', complexity: PAGE_COST })
  steeringCommitteeMeetings(
    @Args() page: PageArgs,
    @Arg('filter', () => SteeringCommitteeMeetingFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: SteeringCommitteeMeetingFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(
      ctx,
      {
        kinds: ['SteeringCommitteeMeeting'],
        ids: filter?.ids,
        nameContains: filter?.nameContains,
        equals: { status: filter?.status },
        from: filter?.from,
        to: filter?.to,
        links: [...linkIf(filter?.cityId, LINK_PATHS.eventInCity), ...linkIf(filter?.countryId, LINK_PATHS.eventInCountry)],
      },
      { ...page, orderBy },
      OrderField.DATE,
      info,
    );
  }

  @FieldResolver(() => [Entity], { description: 'The network or organisation whose committee met (ORGANISED_BY).', complexity: RELATED_COST })
  organisers(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('ORGANISED_BY'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives first announced at the meeting (ANNOUNCED_AT, incoming).', complexity: RELATED_COST })
  initiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('ANNOUNCED_AT', 'Initiative'), first, info);
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives discussed at the meeting (DISCUSSED).', complexity: RELATED_COST })
  discussedInitiatives(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('DISCUSSED', 'Initiative'), first, info);
  }

  @FieldResolver(() => [RiskTheme], { description: 'Themes the meeting covered (COVERED).', complexity: RELATED_COST })
  themes(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('COVERED', 'RiskTheme'), first, info);
  }

  @FieldResolver(() => [Partner], { description: 'Organisations that hosted the meeting (HOSTED_BY).', complexity: RELATED_COST })
  hosts(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('HOSTED_BY', 'Partner'), first, info);
  }

  @FieldResolver(() => [Entity], { description: 'Every city, country and organisation that took part (PARTICIPATED_IN, incoming).', complexity: RELATED_COST })
  participants(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('PARTICIPATED_IN'), first, info);
  }
}
