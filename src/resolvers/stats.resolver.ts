import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { EVENT_KIND_NAMES, EVENT_LIST } from '../model/kinds';
import { LINK_PATHS } from '../model/linkPaths';
import { toEntityRecord } from '../loaders/entityRecord';
import { checkPartialDate } from './pagination/entityPage';
import { AGGREGATE_ROWS, SEARCH_HOP_COST, costOf } from './fields/fieldCost';
import { EntityKind } from './types/entityKind.enum';
import { keptKinds } from './fields/keptKinds';
import { CountryActivity, EventYearCount, KindCount, ThemeCoverage } from './stats.type';

/** An aggregate reads events two hops around every theme or country; one row per theme or country. */
const AGGREGATE_COST = costOf({ work: () => 2 * SEARCH_HOP_COST, items: () => AGGREGATE_ROWS });

/**
 * Where events-by-year looks for an event's regions: the model's eventInRegion paths, which `events(regionId:)`
 * follows, as lists of relationship types followed outwards (the statement follows only outgoing hops).
 */
const REGION_PATHS = LINK_PATHS.eventInRegion.map((path) =>
  path.map((hop) => {
    if (hop.direction !== 'OUT') throw new Error('events-by-year follows eventInRegion outwards only; the model has an incoming hop');
    return hop.type;
  }),
);
const REGION_PATH_PARAMS = { regionPaths: REGION_PATHS, hopTypes: [...new Set(REGION_PATHS.flat())] };
const REGION_PATH_BOUNDS = { regionPathLength: Math.max(...REGION_PATHS.map((path) => path.length)) };

/** The description of the `kinds` argument of `events`, which eventsByYear takes the same way. */
const EVENT_KINDS_ARGUMENT = EVENT_LIST.arguments.find((argument) => 'kinds' in argument)!;

/** Aggregates for dashboards. */
@Resolver()
export class StatsResolver {
  @Query(() => [KindCount], { description: 'One row per entity kind (label) and per relationship type, by name.' })
  async stats(@Ctx() ctx: Context): Promise<KindCount[]> {
    const rows = await ctx.db.read('graph-stats');
    return rows.map((row) => ({ kind: String(row.kind), count: Number(row.count) }));
  }

  @Query(() => [ThemeCoverage], { description: 'Every theme with how many events covered it and where, optionally only events held in a region and within partial ISO dates; most covered first, then by name.', complexity: AGGREGATE_COST })
  async themeCoverage(
    @Arg('regionId', () => ID, { nullable: true, description: 'Only events held in this region.' }) regionId: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Only events on or after this partial ISO date.' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Only events on or before this partial ISO date.' }) to: string | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.db.read('theme-coverage', { regionId, from: checkPartialDate('from', from), to: checkPartialDate('to', to), eventKinds: EVENT_KIND_NAMES });
    return rows.map((row) => ({ theme: toEntityRecord(row.theme as Record<string, unknown>), events: Number(row.events), cities: Number(row.cities), countries: Number(row.countries) }));
  }

  @Query(() => [CountryActivity], { description: 'Every country (optionally of one region) with the events it hosted and took part in and the partners involved; most active first, then by name.', complexity: AGGREGATE_COST })
  async countryActivity(
    @Arg('regionId', () => ID, { nullable: true, description: 'Only countries in this region.' }) regionId: string | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.db.read('country-activity', { regionId });
    return rows.map((row) => ({ country: toEntityRecord(row.country as Record<string, unknown>), hosted: Number(row.hosted), participated: Number(row.participated), partners: Number(row.partners) }));
  }

  @Query(() => [EventYearCount], {
    description:
      'Dated events per year and per region they were held in (directly, or in its countries and cities; an event in no region counts under a null region), optionally of one region and of some event kinds; by year, then region name. Undated events are not counted.',
    complexity: AGGREGATE_COST,
  })
  async eventsByYear(
    @Arg('regionId', () => ID, { nullable: true, description: 'Only events held in this region (an id that names no region: an empty list, as themeCoverage and countryActivity count nothing for it).' }) regionId: string | null,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: EVENT_KINDS_ARGUMENT.description }) kinds: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<EventYearCount[]> {
    const eventKinds = keptKinds('kinds', EVENT_KIND_NAMES, kinds);
    const rows = await ctx.db.read('events-by-year', { regionId, kinds: eventKinds, ...REGION_PATH_PARAMS }, REGION_PATH_BOUNDS);
    return rows.map((row) => ({ year: Number(row.year), region: row.region ? toEntityRecord(row.region as Record<string, unknown>) : null, events: Number(row.events) }));
  }
}
