import { Transaction } from '../database/database';
import { RelationshipKey } from '../seed/resolveTouched';
import { ClaimLists, listsOf } from './claimLists';
import { relationshipSubject } from './changeSet';

/** An entity id as stored: its kind and claim lists, or the survivor it was merged into, or nothing. */
export interface StoredEntity {
  id: string;
  kind: string | null;
  properties: Record<string, unknown> | null;
  mergedInto: string | null;
  lists: ClaimLists;
}

export interface StoredRelationship {
  key: RelationshipKey;
  exists: boolean;
  lists: ClaimLists;
}

/** The stored state of entities and relationships, read in the write's transaction (`cypher/snapshot-subjects.cypher`). */
export async function readSubjects(tx: Transaction, ids: readonly string[], relationships: readonly RelationshipKey[] = []): Promise<{ entities: Map<string, StoredEntity>; relationships: Map<string, StoredRelationship> }> {
  const [row] = await tx.run('snapshot-subjects', { ids: [...ids], relationships: relationships.map((k) => ({ from: k.from, type: k.type, to: k.to })) });
  const entities = (row.entities as { id: string; kind: string | null; properties: Record<string, unknown> | null; mergedInto: string | null }[]).map(
    (e): StoredEntity => ({ ...e, lists: listsOf(e.properties) }),
  );
  const rels = (row.relationships as { from: string; type: string; to: string; properties: Record<string, unknown> | null }[]).map(
    (r): StoredRelationship => ({ key: { from: r.from, type: r.type, to: r.to }, exists: r.properties !== null, lists: listsOf(r.properties) }),
  );
  return { entities: new Map(entities.map((e) => [e.id, e])), relationships: new Map(rels.map((r) => [relationshipSubject(r.key), r])) };
}

/** Writes claim and evidence lists (`cypher/curate-write-lists.cypher`); kinds and types must be the model's (checked by the caller). */
export async function writeLists(tx: Transaction, entities: { id: string; kind: string; lists: ClaimLists }[], relationships: { key: RelationshipKey; lists: ClaimLists }[]): Promise<void> {
  await tx.run('curate-write-lists', { entities, relationships: relationships.map((r) => ({ ...r.key, lists: r.lists })) });
}
