import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { BOUNDS } from '../model/bounds';
import { ENTITY_EXPANSION_COST, SEARCH_HOP_COST, costOf, upTo } from './fields/fieldCost';
import { compareText } from '../model/claims';
import { ClaimRecord, compareEntities } from './claimRecords';
import { EntityClaimsRecord, ONE_FIELDS, RelationshipClaimsRecord, readEntityClaims } from './entityClaims';
import { EntityClaims } from './entityClaims.type';
import { Dispute } from './dispute.type';
import { EntityKind } from './types/entityKind.enum';
import { Direction } from './types/relationship.type';
import { EntityRecord } from '../loaders/entityRecord';

@ArgsType()
class DisputesArgs {
  @Field(() => [EntityKind], { nullable: true, description: 'Only disputes about entities of these kinds (for a relationship, the kind of the entity it starts at).' })
  kinds?: string[] | null;

  @Field(() => Int, { defaultValue: BOUNDS.disputesDefaultFirst, description: `At most this many (0 to ${BOUNDS.disputesMaxFirst}).` })
  @Min(0)
  @Max(BOUNDS.disputesMaxFirst)
  first: number = BOUNDS.disputesDefaultFirst;
}

interface DisputeRecord {
  entity: EntityRecord;
  property: string;
  relationship: RelationshipClaimsRecord | null;
  claims: ClaimRecord[];
}

/** Reads every relationship of one entity (with their claims). */
const CLAIMS_COST = costOf({ work: () => ENTITY_EXPANSION_COST });
/** Reads every entity and relationship of the graph once, then the claims of the entities that may hold a conflict. */
const DISPUTES_COST = costOf({ work: () => 2 * SEARCH_HOP_COST, items: upTo('first', BOUNDS.disputesMaxFirst) });

/** One-valued fields as `cypher/dispute-candidates.cypher` takes them. */
const ONE_FIELD_PARAMS = ONE_FIELDS.map(({ field, kinds }) => ({ kinds, type: field.type, outgoing: field.direction === 'OUT', targetKinds: field.targetKinds }));

/** The CONFLICTs of one entity: its own properties and one-valued fields, then the properties of the relationships it starts. */
function conflictsOf(claims: EntityClaimsRecord): DisputeRecord[] {
  const own = claims.properties.filter((p) => p.agreement === 'CONFLICT').map((p) => ({ entity: claims.entity, property: p.property, relationship: null, claims: p.claims }));
  const ofRelationships = claims.relationships
    .filter((r) => r.direction === Direction.OUT)
    .flatMap((relationship) => relationship.properties.filter((p) => p.agreement === 'CONFLICT').map((p) => ({ entity: claims.entity, property: p.property, relationship, claims: p.claims })));
  return [...own, ...ofRelationships];
}

/** By entity name (then id), property, then the relationship's type and other end. */
function byEntityThenProperty(a: DisputeRecord, b: DisputeRecord): number {
  return (
    compareEntities(a.entity, b.entity) ||
    compareText(a.property, b.property) ||
    compareText(a.relationship?.type ?? '', b.relationship?.type ?? '') ||
    compareEntities(a.relationship?.other, b.relationship?.other)
  );
}

@Resolver(() => EntityClaims)
export class ClaimsResolver {
  @Query(() => EntityClaims, {
    nullable: true,
    description: 'What each source states about an entity and the relationships it has: every value of each property with its sources, the value the graph holds, and whether the sources agree. Null when no entity has the id.',
    complexity: CLAIMS_COST,
  })
  async claims(@Arg('id', () => ID, { description: 'The entity, e.g. "summit:scn-global-summit-2016".' }) id: string, @Ctx() ctx: Context): Promise<EntityClaimsRecord | null> {
    const [found] = await readEntityClaims(ctx, [id]);
    if (!found) return null;
    ctx.budget.spend(1 + found.relationships.length);
    return found;
  }

  @Query(() => [Dispute], {
    description:
      "Every place where sources contradict each other (CONFLICT): an entity's property, a relationship's property, or a one-valued relationship field given different entities; ordered by entity name, then property. Refinements (REFINED) are not disputes.",
    complexity: DISPUTES_COST,
  })
  async disputes(@Args() { kinds, first }: DisputesArgs, @Ctx() ctx: Context): Promise<DisputeRecord[]> {
    if (first === 0) return [];
    const candidates = await ctx.db.read('dispute-candidates', { kinds: kinds ?? null, oneFields: ONE_FIELD_PARAMS });
    const claims = await readEntityClaims(ctx, candidates.map((row) => String(row.id)));
    const disputes = claims.flatMap(conflictsOf).sort(byEntityThenProperty).slice(0, first);
    ctx.budget.spend(disputes.length * 2);
    return disputes;
  }
}
