import { Transaction } from '../database/database';
import { Claim, ClaimValue, compareText, parseStoredClaims, resolveClaims } from '../model/claims';
import { KindName } from '../model/kinds';
import { PropertyDecl } from '../model/modelTypes';
import { propertiesOf } from '../model/properties';
import { relationshipPropertiesOf } from '../model/relationshipFields';
import { isRelationshipType } from '../model/relationshipTypeNames';
import { storedProperties } from '../model/storedProperties';
import { entityBaseProperties } from './entityBaseProperties';

/** A relationship by its ends and type. */
export interface RelationshipKey {
  from: string;
  type: string;
  to: string;
}

interface StoredClaims {
  claimSourceIds: string[];
  claimProperties: string[];
  claimValues: string[];
  heldAsText: string[];
}

interface StoredEntity extends StoredClaims {
  id: string;
  kind: KindName;
  reference: { key: string; value: unknown }[];
}

type StoredRelationship = StoredClaims & RelationshipKey;

/**
 * Resolves again the claims of entities and relationships whose claims an import changed (two statements:
 * `read-claims` and `write-resolved`), and writes what they resolve to as their ordinary properties. An entity
 * without a claim of its name (a Source, or data stored before claims existed) keeps its properties.
 */
export async function resolveTouched(tx: Transaction, ids: string[], relationships: RelationshipKey[]): Promise<void> {
  const [row] = await tx.run('read-claims', { ids: [...new Set(ids)], relationships: uniqueKeys(relationships) });
  const entities = (row.entities as StoredEntity[]).filter((e) => e.claimProperties.includes('name')).map(resolvedEntity);
  const resolvedRelationships = (row.relationships as StoredRelationship[]).map(resolvedRelationship);
  await tx.run('write-resolved', { entities, relationships: resolvedRelationships });
}

function uniqueKeys(keys: RelationshipKey[]): RelationshipKey[] {
  const byKey = new Map(keys.map((k) => [`${k.from} ${k.type} ${k.to}`, { from: k.from, type: k.type, to: k.to }]));
  return [...byKey.values()];
}

/** The chosen value of each property the claims state, and the claim lists in source order. */
function resolve(properties: Record<string, PropertyDecl>, stored: StoredClaims) {
  const claims = parseStoredClaims(stored.claimSourceIds, stored.claimProperties, stored.claimValues);
  const chosen: Record<string, ClaimValue> = {};
  for (const r of resolveClaims(properties, claims, { sourcesHeldAsText: stored.heldAsText })) {
    if (r.chosen !== null) chosen[r.property] = r.chosen;
  }
  return { chosen, lists: claimListsInSourceOrder(stored, claims) };
}

/** The stored lists sorted by source id (stable within a source), so the order does not depend on import history. */
function claimListsInSourceOrder(stored: StoredClaims, claims: Claim[]) {
  const order = claims.map((c, i) => i).sort((a, b) => compareText(claims[a].sourceId, claims[b].sourceId) || a - b);
  return {
    claimSourceIds: order.map((i) => stored.claimSourceIds[i]),
    claimProperties: order.map((i) => stored.claimProperties[i]),
    claimValues: order.map((i) => stored.claimValues[i]),
  };
}

function resolvedEntity(stored: StoredEntity) {
  const properties = propertiesOf(stored.kind);
  const { chosen, lists } = resolve(properties, stored);
  const { name, aliases, description, ...declared } = chosen;
  const props = {
    ...entityBaseProperties({ id: stored.id, kind: stored.kind, name: name as string, aliases: (aliases as string[] | undefined) ?? [], description: description as string | undefined }),
    ...storedProperties(properties, declared),
    // Reference data (an ISO code) is not a claim: the value the reference data set gave stays.
    ...Object.fromEntries(stored.reference.map((r) => [r.key, r.value])),
  };
  return { id: stored.id, props, ...lists };
}

function resolvedRelationship(stored: StoredRelationship) {
  const properties = isRelationshipType(stored.type) ? relationshipPropertiesOf(stored.type) : {};
  const { chosen, lists } = resolve(properties, stored);
  return { from: stored.from, type: stored.type, to: stored.to, props: storedProperties(properties, chosen), ...lists };
}
