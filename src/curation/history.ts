import { Database, Row } from '../database/database';
import { canonicalJson } from './canonicalJson';

/** One recorded change to one entity or relationship, as history shows it (never the key's id). */
export interface ChangeRecord {
  changeId: string;
  seq: number;
  at: string;
  by: string;
  operation: string;
  subject: string;
  subjectType: 'ENTITY' | 'RELATIONSHIP';
  entityId: string | null;
  from: string | null;
  type: string | null;
  to: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedProperties: string[];
  reverts: string | null;
  revertedBy: string | null;
}

const parse = (json: unknown): Record<string, unknown> | null => (typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : null);

/** The keys whose values differ between two snapshots: the kind, mergedInto, and each property. */
export function changedProperties(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const flat = (s: Record<string, unknown> | null): Record<string, unknown> => {
    if (s === null) return {};
    const { properties, ...rest } = s;
    return { ...rest, ...((properties as Record<string, unknown> | undefined) ?? {}) };
  };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)).sort();
}

/** A row of history-of, recent-changes or change-by-id as a ChangeRecord. */
export function toChangeRecord(row: Row): ChangeRecord {
  const c = row.change as Record<string, unknown>;
  const before = parse(c.before);
  const after = parse(c.after);
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    changeId: String(c.changeId),
    seq: Number(c.seq),
    at: String(c.at),
    by: String(c.by),
    operation: String(c.operation),
    subject: String(c.subject),
    subjectType: c.subjectType as ChangeRecord['subjectType'],
    entityId: text(c.entityId),
    from: text(c.fromId),
    type: text(c.type),
    to: text(c.toId),
    before,
    after,
    changedProperties: changedProperties(before, after),
    reverts: text(c.reverts),
    revertedBy: text(row.revertedBy),
  };
}

/** A place in history's order (newest first, then changeId, then the order recorded): the last entry seen. */
export interface HistoryPosition {
  at: string;
  changeId: string;
  seq: number;
}

/** The changes to entity `id` and to relationships with it at either end, newest first; only those after `after` when given. */
export async function readHistory(db: Database, id: string, first: number, after: HistoryPosition | null): Promise<ChangeRecord[]> {
  return (await db.read('history-of', { id, first, after })).map(toChangeRecord);
}

export interface RecentChangesFilter {
  first: number;
  by: string | null;
  operation: string | null;
  since: string | null;
  after: HistoryPosition | null;
}

/** Everyone's changes, newest first, one entry per subject. */
export async function readRecentChanges(db: Database, filter: RecentChangesFilter): Promise<ChangeRecord[]> {
  return (await db.read('recent-changes', { ...filter })).map(toChangeRecord);
}
