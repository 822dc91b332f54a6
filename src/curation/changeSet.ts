import { randomUUID } from 'node:crypto';
import { Database, Transaction } from '../database/database';
import { toGraphQLError } from '../database/neo4jErrors';
import { Viewer } from '../access/viewer';
import { RelationshipKey } from '../seed/resolveTouched';
import { canonicalJson } from './canonicalJson';

/** The stored state of an entity id: its kind and every property, or the survivor it was merged into. */
export type EntitySnapshot = { kind: string; properties: Record<string, unknown> } | { mergedInto: string };

/** The stored state of a relationship: every property. */
export type RelationshipSnapshot = { properties: Record<string, unknown> };

/** What a change did to one entity or relationship: its state before and after (null: it did not exist). */
export type ChangeItem =
  | { subjectType: 'ENTITY'; subject: string; id: string; before: EntitySnapshot | null; after: EntitySnapshot | null }
  | { subjectType: 'RELATIONSHIP'; subject: string; key: RelationshipKey; before: RelationshipSnapshot | null; after: RelationshipSnapshot | null };

export interface Subjects {
  ids?: readonly string[];
  relationships?: readonly RelationshipKey[];
}

/** Call before changing entities or relationships: takes their state before the change (once per subject). */
export type Watch = (subjects: Subjects) => Promise<void>;

export interface ChangeOutcome<T> {
  result: T;
  /** The id of the recorded change; null when nothing changed (or on a dry run, which records nothing). */
  changeId: string | null;
  /** Every watched subject that the change altered, in the order watched. */
  items: ChangeItem[];
  /** Watched subjects left as they were. */
  unchanged: string[];
}

/** Who made a change, as history shows it. */
export interface ChangeAuthor {
  keyId: string;
  name: string;
}

export interface ChangeOptions {
  /** Work out what would change, then roll everything back: nothing is written, nothing recorded. */
  dryRun?: boolean;
  /** The change this one reverts (recorded with it). */
  reverts?: string;
}

/** The subject text of a relationship: "from TYPE to". */
export function relationshipSubject(key: RelationshipKey): string {
  return `${key.from} ${key.type} ${key.to}`;
}

class DryRunRollback extends Error {
  constructor(readonly outcome: ChangeOutcome<unknown>) {
    super('dry run: rolled back');
  }
}

/**
 * Runs one write as one managed write transaction and records it in history in that same transaction: `work`
 * calls `watch` with the entities and relationships it is about to change (their state is read then), and once it
 * returns their state is read again and every subject whose state differs is recorded as a Change node with
 * before and after, who (the key's name) and when. Either the write and its history commit together or neither does.
 * A dry run does the same work, reports what would change and rolls back.
 */
export async function writeChange<T>(
  db: Database,
  author: ChangeAuthor | Viewer,
  operation: string,
  work: (tx: Transaction, watch: Watch) => Promise<T>,
  options: ChangeOptions = {},
): Promise<ChangeOutcome<T>> {
  try {
    return await db.writeTransaction(async (tx) => {
      const watched = new Map<string, ChangeItem>();
      const watch: Watch = async (subjects) => {
        const ids = [...new Set(subjects.ids ?? [])].filter((id) => !watched.has(id));
        const relationships = uniqueKeys(subjects.relationships ?? []).filter((k) => !watched.has(relationshipSubject(k)));
        if (ids.length === 0 && relationships.length === 0) return;
        for (const item of await snapshot(tx, ids, relationships)) watched.set(item.subject, item);
      };
      const result = await work(tx, watch);
      const before = [...watched.values()];
      const after = new Map((await snapshot(tx, before.flatMap((i) => (i.subjectType === 'ENTITY' ? [i.id] : [])), before.flatMap((i) => (i.subjectType === 'RELATIONSHIP' ? [i.key] : [])))).map((i) => [i.subject, i]));
      const items: ChangeItem[] = [];
      const unchanged: string[] = [];
      for (const item of before) {
        const now = after.get(item.subject)!.before;
        if (canonicalJson(item.before) === canonicalJson(now)) unchanged.push(item.subject);
        else items.push({ ...item, after: now } as ChangeItem);
      }
      const outcome: ChangeOutcome<T> = { result, changeId: null, items, unchanged };
      if (options.dryRun) throw new DryRunRollback(outcome);
      if (items.length > 0) outcome.changeId = await record(tx, author, operation, items, options.reverts);
      return outcome;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.outcome as ChangeOutcome<T>;
    // A database failure is DATABASE_UNAVAILABLE, DATABASE_TIMEOUT … as for reads (a write past the request's
    // deadline was INTERNAL_SERVER_ERROR), so that the client knows its outcome is unknown and may retry.
    throw toGraphQLError(error);
  }
}

function uniqueKeys(keys: readonly RelationshipKey[]): RelationshipKey[] {
  return [...new Map(keys.map((k) => [relationshipSubject(k), { from: k.from, type: k.type, to: k.to }])).values()];
}

interface SnapshotRows {
  entities: { id: string; kind: string | null; properties: Record<string, unknown> | null; mergedInto: string | null }[];
  relationships: { from: string; type: string; to: string; properties: Record<string, unknown> | null }[];
}

/** The current state of these subjects, as ChangeItems whose `before` holds it. */
async function snapshot(tx: Transaction, ids: string[], relationships: RelationshipKey[]): Promise<ChangeItem[]> {
  const [row] = (await tx.run('snapshot-subjects', { ids, relationships })) as unknown as SnapshotRows[];
  return [
    ...row.entities.map((e): ChangeItem => ({
      subjectType: 'ENTITY',
      subject: e.id,
      id: e.id,
      before: e.properties ? { kind: String(e.kind), properties: e.properties } : e.mergedInto ? { mergedInto: e.mergedInto } : null,
      after: null,
    })),
    ...row.relationships.map((r): ChangeItem => {
      const key = { from: r.from, type: r.type, to: r.to };
      return { subjectType: 'RELATIONSHIP', subject: relationshipSubject(key), key, before: r.properties ? { properties: r.properties } : null, after: null };
    }),
  ];
}

async function record(tx: Transaction, author: ChangeAuthor, operation: string, items: ChangeItem[], reverts: string | undefined): Promise<string> {
  const changeId = randomUUID();
  const at = new Date().toISOString();
  await tx.run('record-changes', {
    items: items.map((item, seq) => ({
      changeId,
      seq,
      at,
      by: author.name,
      keyId: author.keyId,
      operation,
      reverts: reverts ?? null,
      subject: item.subject,
      subjectType: item.subjectType,
      entityId: item.subjectType === 'ENTITY' ? item.id : null,
      fromId: item.subjectType === 'RELATIONSHIP' ? item.key.from : null,
      type: item.subjectType === 'RELATIONSHIP' ? item.key.type : null,
      toId: item.subjectType === 'RELATIONSHIP' ? item.key.to : null,
      before: item.before === null ? null : canonicalJson(item.before),
      after: item.after === null ? null : canonicalJson(item.after),
    })),
  });
  return changeId;
}
