import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { BOUNDS } from '../model/bounds';
import { SEARCH_HOP_COST, costOf, upTo } from './fields/fieldCost';
import { EntityRecord, toEntityRecord } from '../loaders/entityRecord';
import { RelatedInitiative } from './relatedInitiative.type';
import { SHARED_KIND_WEIGHTS, reasonFor } from './relatedInitiativesScoring';

@ArgsType()
class RelatedInitiativesArgs {
  @Field(() => ID, { description: 'A partner, city, country, region, workshop, meeting, theme or initiative.' })
  entityId!: string;

  @Field(() => Int, { defaultValue: 10, description: `At most this many (1 to ${BOUNDS.relatedInitiativesMaxFirst}).` })
  @Min(1)
  @Max(BOUNDS.relatedInitiativesMaxFirst)
  first: number = 10;
}

/** Walks two hops from the entity and from every initiative; returns up to `first`. */
const RELATED_INITIATIVES_COST = costOf({ work: () => 2 * SEARCH_HOP_COST, items: upTo('first', BOUNDS.relatedInitiativesMaxFirst) });

@Resolver(() => RelatedInitiative)
export class RelatedInitiativesResolver {
  @Query(() => [RelatedInitiative], {
    description: 'Initiatives an entity is not directly part of, ranked by what they share with it (themes, events, partners, places), each with reasons. Highest score first, ties by name; empty for an unknown id.',
    complexity: RELATED_INITIATIVES_COST,
  })
  async relatedInitiatives(@Args() { entityId, first }: RelatedInitiativesArgs, @Ctx() ctx: Context): Promise<{ initiative: EntityRecord; score: number; reasons: string[] }[]> {
    const weights = Object.fromEntries(Object.entries(SHARED_KIND_WEIGHTS).map(([kind, w]) => [kind, w.weight]));
    const rows = await ctx.db.read('related-initiatives', { entityId, weights, kinds: Object.keys(weights), first });
    return rows.map((row) => ({
      initiative: toEntityRecord(row.initiative as Record<string, unknown>),
      score: Number(row.score),
      reasons: (row.shared as { kind: string; name: string }[]).map((s) => reasonFor(s.kind, s.name)),
    }));
  }
}
