import { Context } from '../loaders/context';
import { EntityRecord, EvidenceRecord, toEntityRecord, toEvidence } from '../loaders/entityRecord';
import { ClaimAgreement } from '../model/claims';
import { KIND_NAMES, KindName } from '../model/kinds';
import { propertiesOf } from '../model/properties';
import { RELATIONSHIP_FIELDS, RelationshipField, ownersOf, relationshipPropertiesOf } from '../model/relationshipFields';
import { RelationshipTypeName } from '../model/relationships';
import { ClaimSources, PropertyClaimsRecord, StoredProperties, citedSourceIds, propertyClaims, storedClaims, worstAgreement } from './claimRecords';
import { Direction } from './types/relationship.type';

/** A relationship a source states, seen from one entity (GraphQL `RelationshipClaims`). */
export interface RelationshipClaimsRecord {
  type: string;
  direction: Direction;
  other: EntityRecord;
  agreement: ClaimAgreement;
  sources: EntityRecord[];
  evidence: EvidenceRecord[];
  properties: PropertyClaimsRecord[];
}

/** Every claim about one entity (GraphQL `EntityClaims`). */
export interface EntityClaimsRecord {
  entity: EntityRecord;
  agreement: ClaimAgreement;
  properties: PropertyClaimsRecord[];
  relationships: RelationshipClaimsRecord[];
}

/** One relationship of an entity as `cypher/entity-claims.cypher` returns it. */
interface StoredRelationship {
  type: string;
  outgoing: boolean;
  props: StoredProperties;
  other: StoredProperties;
  /** Ids of the places the other end lies in. */
  within: string[];
}

/** A one-valued relationship field of the model (`one: true`) and the kinds that have it. */
export interface OneField {
  field: RelationshipField;
  kinds: KindName[];
}

/**
 * Every one-valued relationship field, most specific first (fewest kinds it may return: Event.city before
 * Event.place), so that when two fields over one relationship show the same neighbours, the specific one reports them.
 */
export const ONE_FIELDS: OneField[] = RELATIONSHIP_FIELDS.filter((field) => field.one)
  .map((field) => ({ field, kinds: KIND_NAMES.filter((kind) => ownersOf(kind).includes(field.on)) }))
  .sort((a, b) => a.field.targetKinds.length - b.field.targetKinds.length);

/** The claims about each entity of `ids` that exists, in the order of `ids`. */
export async function readEntityClaims(ctx: Context, ids: readonly string[]): Promise<EntityClaimsRecord[]> {
  const rows = await ctx.db.read('entity-claims', { ids });
  const stored = rows.map((row) => ({ node: row.node as StoredProperties, relationships: row.relationships as StoredRelationship[] }));
  const sources = await ClaimSources.load(ctx, stored.flatMap(({ node, relationships }) => [...citedSourceIds(node), ...relationships.flatMap((r) => citedSourceIds(r.props))]));
  const byId = new Map(stored.map(({ node, relationships }) => [String(node.id), entityClaims(node, relationships, sources)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function entityClaims(node: StoredProperties, stored: StoredRelationship[], sources: ClaimSources): EntityClaimsRecord {
  const entity = toEntityRecord(node);
  const kind = entity.kind as KindName;
  const relationships = stored.map((r) => relationshipClaims(r, sources));
  const properties = [...propertyClaims(propertiesOf(kind), storedClaims(node), node, sources), ...oneFieldClaims(kind, stored, sources)];
  const agreement = worstAgreement([...properties, ...relationships].map((item) => item.agreement));
  return { entity, agreement, properties, relationships };
}

function relationshipClaims(r: StoredRelationship, sources: ClaimSources): RelationshipClaimsRecord {
  const properties = propertyClaims(relationshipPropertiesOf(r.type as RelationshipTypeName), storedClaims(r.props), r.props, sources);
  return {
    type: r.type,
    direction: r.outgoing ? Direction.OUT : Direction.IN,
    other: toEntityRecord(r.other),
    agreement: worstAgreement(properties.map((p) => p.agreement)),
    sources: sources.records(citedSourceIds(r.props)),
    evidence: toEvidence(r.props),
    properties,
  };
}

/**
 * One-valued relationship fields that sources fill with different entities (an event placed in two cities by
 * two sources): one PropertyClaims per field, whose values are the neighbours' ids, the one the field returns
 * (the first by name) chosen. REFINED when the neighbours nest (a city and its country), else CONFLICT. Several
 * neighbours stated by the very same sources are that source's own statement, not a disagreement: not reported.
 */
function oneFieldClaims(kind: KindName, stored: StoredRelationship[], sources: ClaimSources): PropertyClaimsRecord[] {
  const reported = new Set<string>();
  const claims: PropertyClaimsRecord[] = [];
  for (const { field, kinds } of ONE_FIELDS) {
    if (!kinds.includes(kind)) continue;
    const neighbours = stored.filter((r) => r.type === field.type && r.outgoing === (field.direction === 'OUT') && (field.targetKinds as string[]).includes(String(r.other.kind)));
    const sourceSets = new Set(neighbours.map((r) => citedSourceIds(r.props).sort().join(' ')));
    const key = `${field.type} ${field.direction} ${neighbours.map((r) => String(r.other.id)).join(' ')}`;
    if (neighbours.length < 2 || sourceSets.size < 2 || reported.has(key)) continue;
    reported.add(key);
    const nested = neighbours.every((a) => neighbours.every((b) => a === b || a.within.includes(String(b.other.id)) || b.within.includes(String(a.other.id))));
    claims.push({
      property: field.name,
      value: String(neighbours[0].other.id),
      agreement: nested ? 'REFINED' : 'CONFLICT',
      claims: neighbours.map((r, i) => {
        const sourceIds = citedSourceIds(r.props);
        return { value: String(r.other.id), stated: String(r.other.id), chosen: i === 0, sources: sources.records(sourceIds), evidence: toEvidence(r.props) };
      }),
    });
  }
  return claims;
}
