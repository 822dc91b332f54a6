import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/curation/canonicalJson';
import type { Database } from '../../src/database/database';
import { runFixture } from './cypherFixture';

export interface GraphState {
  /** Entities per kind, relationships per type, and history (:Change), merged-id (:MergedId) and idempotency (:IdempotentRequest) nodes. */
  counts: Record<string, number>;
  /** SHA-256 over every entity's labels and properties (its id among them) and every relationship's ends, type and properties, sorted. */
  checksum: string;
}

/** What the graph holds now, as counts and a content checksum (test/cypher/graph-checksum.cypher). */
export async function graphState(db: Database): Promise<GraphState> {
  const [row] = await runFixture(db, 'graph-checksum');
  const entities = row.nodes as { labels: string[]; properties: Record<string, unknown> }[];
  const relationships = row.relationships as { from: string; type: string; to: string; properties: Record<string, unknown> }[];
  const counts: Record<string, number> = { changes: Number(row.changes), mergedIds: Number(row.mergedIds), idempotentRequests: Number(row.idempotentRequests) };
  const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const entity of entities) count(`entity ${String(entity.properties.kind)}`);
  for (const relationship of relationships) count(`relationship ${relationship.type}`);
  const lines = [
    ...entities.map((e) => canonicalJson(e)),
    ...relationships.map((r) => canonicalJson(r)),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { counts, checksum: hash.digest('hex') };
}

/** The ids of the stored API keys, to delete those a test makes (deleteApiKeysExcept). */
export async function apiKeyIds(db: Database): Promise<string[]> {
  const [row] = await runFixture(db, 'api-key-ids');
  return row.ids as string[];
}

export async function deleteApiKeysExcept(db: Database, keep: string[]): Promise<void> {
  await runFixture(db, 'delete-api-keys-except', { keep });
}
