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
import { Country } from '../country/country.type';
import { Network } from '../network/network.type';
import { Workshop } from '../workshop/workshop.type';
import { SteeringCommitteeMeeting } from '../meeting/steeringCommitteeMeeting.type';
import { Event } from '../event/event.interface';
import { City } from './city.type';
import { CityFilter } from './cityFilter.input';

export const CityConnection = connectionOf(City, 'City');

@Resolver(() => City)
export class CityResolver {
  @Query(() => CityConnection, { description: 'Cities, filtered by country, region or name, ordered and paginated.', complexity: PAGE_COST })
  cities(
    @Args() page: PageArgs,
    @Arg('filter', () => CityFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: CityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(
      ctx,
      {
        kinds: ['City'],
        ids: filter?.ids,
        nameContains: filter?.nameContains,
        links: [...linkIf(filter?.countryId, LINK_PATHS.cityInCountry), ...linkIf(filter?.regionId, LINK_PATHS.cityInRegion)],
      },
      { ...page, orderBy },
      undefined,
      info,
    );
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the city lies in (LOCATED_IN).' })
  country(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, out('LOCATED_IN', 'Country'), info);
  }

  @FieldResolver(() => [Network], { description: 'Networks the city is a member of (MEMBER_OF).', complexity: RELATED_COST })
  networks(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('MEMBER_OF', 'Network'), first, info);
  }

  @FieldResolver(() => [Workshop], { description: 'Workshops held in the city (HELD_IN, incoming).', complexity: RELATED_COST })
  workshops(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('HELD_IN', 'Workshop'), first, info);
  }

  @FieldResolver(() => [SteeringCommitteeMeeting], { description: 'Steering committee meetings held in the city (HELD_IN, incoming).', complexity: RELATED_COST })
  steeringCommitteeMeetings(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('HELD_IN', 'SteeringCommitteeMeeting'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Events the city took part in (PARTICIPATED_IN).', complexity: RELATED_COST })
  participatedIn(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('PARTICIPATED_IN'), first, info);
  }
}
