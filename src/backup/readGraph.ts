import { Database, Transaction } from '../database/database';
import { DumpNode, DumpRelationship, encodeProperties, GraphCounts } from './dumpFormat';
import { GraphChecksum } from './graphChecksum';

/** Receives the graph as it is read; `begin` is called again for each new attempt, which must start afresh. */
export interface GraphVisitor {
  /** Called first in each attempt with the totals Neo4j counts before anything is read. */
  begin?(totals: { nodes: number; relationships: number }): Promise<void> | void;
  node?(node: DumpNode): Promise<void> | void;
  relationship?(relationship: DumpRelationship): Promise<void> | void;
  /** The attempt read something a write changed meanwhile: what it was given is to be thrown away. */
  discard?(): Promise<void> | void;
}

export interface GraphRead {
  counts: GraphCounts;
  checksum: string;
  /** How many times the graph was read before one read saw no write (1 when nothing was writing). */
  attempts: number;
}

export class GraphChangingError extends Error {}

/** Reads of a graph that keeps changing before giving up, and the pause after the first failed one (doubling). */
export const READ_ATTEMPTS = 5;
const FIRST_PAUSE_MS = 500;

interface Attempt {
  counts: GraphCounts;
  checksum: string;
  /** What tells of a write during the read, if anything did. */
  disturbance: string | null;
}

/**
 * Reads every node and relationship of the graph in one read transaction and hands them to `visitor` as dump
 * records (nodes numbered 0, 1, 2 … in the order read, relationships naming their ends by those numbers), with
 * the graph's content checksum and counts.
 *
 * Neo4j Community reads what is committed at each moment, not a snapshot, so a write committed while the graph
 * is read could leave half of it in the picture. A read is kept only when nothing was committed from just before
 * it began until it ended (the bookmarks Neo4j returns say so), the totals counted before it equal what it read,
 * and every relationship's ends were among the nodes read; otherwise the visitor discards it and the graph is
 * read again, up to READ_ATTEMPTS times, then this fails with a GraphChangingError.
 */
export async function readGraph(db: Database, visitor: GraphVisitor = {}): Promise<GraphRead> {
  let last = '';
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt += 1) {
    // No transaction timeout: reading a large graph takes as long as it takes.
    const { result, quiet } = await db.readTransaction((tx) => readOnce(tx, visitor), 0);
    const disturbance = result.disturbance ?? (quiet === false ? 'a transaction was committed while the graph was read' : null);
    if (!disturbance) return { counts: result.counts, checksum: result.checksum, attempts: attempt };
    last = disturbance;
    await visitor.discard?.();
    if (attempt < READ_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, FIRST_PAUSE_MS * 2 ** (attempt - 1)));
  }
  throw new GraphChangingError(`the graph kept changing while it was read (${READ_ATTEMPTS} attempts; last: ${last}): read it when writes pause`);
}

async function readOnce(tx: Transaction, visitor: GraphVisitor): Promise<Attempt> {
  const totals = await countTotals(tx);
  await visitor.begin?.(totals);
  const checksum = new GraphChecksum();
  /** Each node read: its number in the dump and its digest, by element id (valid within this transaction only). */
  const ends = new Map<string, { id: number; digest: string }>();
  let disturbance: string | null = null;
  for await (const record of tx.typed('backup-nodes')) {
    const labels = record.get('labels') as string[];
    const properties = encodeProperties(record.get('properties') as Record<string, unknown>);
    const id = ends.size;
    ends.set(record.get('key') as string, { id, digest: checksum.addNode(labels, properties) });
    await visitor.node?.({ record: 'node', id, labels, properties });
  }
  for await (const record of tx.typed('backup-relationships')) {
    const from = ends.get(record.get('fromKey') as string);
    const to = ends.get(record.get('toKey') as string);
    if (!from || !to) {
      disturbance ??= 'a relationship whose end was not there when the nodes were read';
      continue;
    }
    const type = record.get('type') as string;
    const properties = encodeProperties(record.get('properties') as Record<string, unknown>);
    checksum.addRelationship(type, properties, from.digest, to.digest);
    await visitor.relationship?.({ record: 'relationship', type, from: from.id, to: to.id, properties });
  }
  const { counts } = checksum;
  const after = await countTotals(tx);
  if (counts.nodes !== totals.nodes || counts.relationships !== totals.relationships || after.nodes !== totals.nodes || after.relationships !== totals.relationships) {
    disturbance ??= `counted ${totals.nodes} nodes and ${totals.relationships} relationships before the read, read ${counts.nodes} and ${counts.relationships}, counted ${after.nodes} and ${after.relationships} after`;
  }
  return { counts, checksum: checksum.value(), disturbance };
}

async function countTotals(tx: Transaction): Promise<{ nodes: number; relationships: number }> {
  const [row] = await tx.run('backup-totals');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}
