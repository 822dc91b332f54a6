import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { EVENT_KIND_NAMES } from '../model/kinds';
import { toEntityRecord } from '../loaders/entityRecord';
import { checkPartialDate } from './pagination/entityPage';
import { AGGREGATE_ROWS, SEARCH_HOP_COST, costOf } from './fields/fieldCost';
import { CountryActivity, KindCount, ThemeCoverage } from './stats.type';

/** An aggregate reads events two hops around every theme or country; one row per theme or country. */
const AGGREGATE_COST = costOf({ work: () => 2 * SEARCH_HOP_COST, items: () => AGGREGATE_ROWS });

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
}
