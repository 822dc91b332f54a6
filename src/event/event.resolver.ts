import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import { LINK_PATHS, linkIf } from '../graph/linkPaths';
import { EVENT_KINDS } from '../graph/entityKinds';
import { connectionOf } from '../pagination/connection';
import { PAGE_COST } from '../pagination/pageArgs';
import { entityPage } from '../pagination/entityPage';
import { OrderDirection, OrderField } from '../pagination/entityOrder.input';
import { EventsArgs } from './eventsArgs';
import { Context } from '../graphql/context';
import { EntityRecord } from '../graph/entityRecord';
import { into, out, relatedOne } from '../graphql/related';
import { Entity } from '../entity/entity.interface';
import { City } from '../city/city.type';
import { Country } from '../country/country.type';
import { Region } from '../region/region.type';
import { Event } from './event.interface';

export const EventConnection = connectionOf(Event, 'Event');

/** The timeline of events, and where each event took place at every level of the place hierarchy. */
@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: 'Workshops and meetings in chronological order. Dates sort by partial ISO date: an event known only to its year ("2017") comes before the events dated within that year ("2017-01", "2017-05-12"); events without a date come first. Ties by id.',
    complexity: PAGE_COST,
  })
  events(@Args() args: EventsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return entityPage(
      ctx,
      {
        kinds: [...EVENT_KINDS],
        equals: { status: args.status },
        from: args.from,
        to: args.to,
        links: [
          ...linkIf(args.regionId, LINK_PATHS.eventInRegion),
          ...linkIf(args.countryId, LINK_PATHS.eventInCountry),
          ...linkIf(args.themeId, LINK_PATHS.eventCoversTheme),
        ],
      },
      { first: args.first, after: args.after, orderBy: { field: OrderField.DATE, direction: OrderDirection.ASC } },
      undefined,
      info,
    );
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The most precise place the source gives: a City, Country or Region (HELD_IN).' })
  place(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, out('HELD_IN'), info);
  }

  @FieldResolver(() => City, { nullable: true, description: 'The city it was held in; null when the source names none.' })
  city(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, out('HELD_IN', 'City'), info);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it was held in, directly or through its city.' })
  async country(@Root() root: EntityRecord, @Ctx() ctx: Context) {
    const place = await relatedOne(ctx, root, out('HELD_IN'));
    return place ? countryOfPlace(ctx, place) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region it was held in, directly or through its country (reference data).' })
  async region(@Root() root: EntityRecord, @Ctx() ctx: Context) {
    const place = await relatedOne(ctx, root, out('HELD_IN'));
    if (!place) return null;
    if (place.kind === 'Region') return place;
    const country = await countryOfPlace(ctx, place);
    return country ? relatedOne(ctx, country, out('PART_OF', 'Region')) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The next event of the series (FOLLOWED_BY).' })
  next(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, out('FOLLOWED_BY'), info);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The previous event of the series (FOLLOWED_BY, incoming).' })
  previous(@Root() root: EntityRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relatedOne(ctx, root, into('FOLLOWED_BY'), info);
  }
}

/** The country a place is, or lies in: itself for a country, its country for a city, none for a region. */
async function countryOfPlace(ctx: Context, place: EntityRecord): Promise<EntityRecord | null> {
  if (place.kind === 'Country') return place;
  if (place.kind === 'City') return relatedOne(ctx, place, out('LOCATED_IN', 'Country'));
  return null;
}
