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
import { City } from '../city/city.type';
import { Region } from '../region/region.type';
import { Event } from '../event/event.interface';
import { Country } from './country.type';
import { CountryFilter } from './countryFilter.input';

export const CountryConnection = connectionOf(Country, 'Country');

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'Countries, filtered, ordered and paginated.', complexity: PAGE_COST })
  countries(
    @Args() page: PageArgs,
    @Arg('filter', () => CountryFilter, { nullable: true, description: 'Conditions every returned item meets (all of them).' }) filter: CountryFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name unless the list says otherwise, ties by id.' }) orderBy: EntityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityPage(
      ctx,
      {
        kinds: ['Country'],
        ids: filter?.ids,
        nameContains: filter?.nameContains,
        equals: { isoCode: filter?.isoCode?.toUpperCase() },
        links: linkIf(filter?.regionId, LINK_PATHS.countryInRegion),
      },
      { ...page, orderBy },
      undefined,
      info,
    );
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region the country lies in (PART_OF; reference data).' })
  region(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, out('PART_OF', 'Region'), info);
  }

  @FieldResolver(() => [City], { description: 'Cities of the country in the graph (LOCATED_IN, incoming).', complexity: RELATED_COST })
  cities(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('LOCATED_IN', 'City'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Events whose source places them in the country without naming a city (HELD_IN, incoming), e.g. in-country trainings.', complexity: RELATED_COST })
  events(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, into('HELD_IN'), first, info);
  }

  @FieldResolver(() => [Event], { description: 'Events the country took part in through its cities (PARTICIPATED_IN).', complexity: RELATED_COST })
  participatedIn(@Root() root: EntityRecord, @Arg('first', () => Int, RELATED_FIRST) first: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedList(ctx, root, out('PARTICIPATED_IN'), first, info);
  }
}
