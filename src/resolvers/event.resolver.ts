import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../loaders/context';
import { EntityRecord } from '../loaders/entityRecord';
import { out, relatedOne } from './fields/related';
import { Event } from './types/event.interface';
import { KIND_TYPES } from './kinds/kindTypes';

/**
 * Where an event took place at every level of the place hierarchy: computed fields that walk two
 * relationships (HELD_IN, then LOCATED_IN or PART_OF), so not declared in the model. The Event's
 * relationship fields, and the `events` list, are generated from the model.
 */
@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => KIND_TYPES.Country, { nullable: true, description: 'The country it was held in, directly or through its city.' })
  async country(@Root() root: EntityRecord, @Ctx() ctx: Context) {
    const place = await relatedOne(ctx, root, out('HELD_IN'));
    return place ? countryOfPlace(ctx, place) : null;
  }

  @FieldResolver(() => KIND_TYPES.Region, { nullable: true, description: 'The region it was held in, directly or through its country (reference data).' })
  async region(@Root() root: EntityRecord, @Ctx() ctx: Context) {
    const place = await relatedOne(ctx, root, out('HELD_IN'));
    if (!place) return null;
    if (place.kind === 'Region') return place;
    const country = await countryOfPlace(ctx, place);
    return country ? relatedOne(ctx, country, out('PART_OF', 'Region')) : null;
  }
}

/** The country a place is, or lies in: itself for a country, its country for a city, none for a region. */
async function countryOfPlace(ctx: Context, place: EntityRecord): Promise<EntityRecord | null> {
  if (place.kind === 'Country') return place;
  if (place.kind === 'City') return relatedOne(ctx, place, out('LOCATED_IN', 'Country'));
  return null;
}
