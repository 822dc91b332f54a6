import { Database, Transaction } from '../database/database';
import { conflict } from '../errors/conflict';
import { notFound } from '../errors/notFound';
import { KIND_NAMES, KindName } from '../model/kinds';
import { isRelationshipType } from '../model/relationshipTypeNames';
import { RelationshipKey } from '../seed/resolveTouched';
import { canonicalJson } from './canonicalJson';
import { ChangeAuthor, relationshipSubject, writeChange } from './changeSet';
import { ChangeRecord, toChangeRecord } from './history';

export interface RevertOutcome {
  /** The change that did the revert (itself in history, revertible); null when nothing needed restoring. */
  changeId: string | null;
  /** The change reverted. */
  reverted: string;
  /** How many entities and relationships were restored. */
  restored: number;
}

const keyOf = (c: ChangeRecord): RelationshipKey => ({ from: c.from!, type: c.type!, to: c.to! });

/** The current state of each subject, in the snapshot form history records (canonical JSON; null when absent). */
async function currentStates(tx: Transaction, subjects: ChangeRecord[]): Promise<Map<string, string | null>> {
  const ids = subjects.filter((c) => c.subjectType === 'ENTITY').map((c) => c.entityId!);
  const relationships = subjects.filter((c) => c.subjectType === 'RELATIONSHIP').map(keyOf);
  const [row] = await tx.run('snapshot-subjects', { ids, relationships });
  const states = new Map<string, string | null>();
  for (const e of row.entities as { id: string; kind: string | null; properties: Record<string, unknown> | null; mergedInto: string | null }[]) {
    states.set(e.id, e.properties ? canonicalJson({ kind: e.kind, properties: e.properties }) : e.mergedInto ? canonicalJson({ mergedInto: e.mergedInto }) : null);
  }
  for (const r of row.relationships as (RelationshipKey & { properties: Record<string, unknown> | null })[]) {
    states.set(relationshipSubject(r), r.properties ? canonicalJson({ properties: r.properties }) : null);
  }
  return states;
}

function checkedKind(kind: unknown, subject: string): KindName {
  if (typeof kind !== 'string' || !(KIND_NAMES as string[]).includes(kind)) throw conflict(`Cannot revert ${subject}: its recorded kind ${String(kind)} is not a kind of the model.`);
  return kind as KindName;
}

/**
 * Restores every subject of change `changeId` to its state before, in one recorded change ('revertChange',
 * reverts: changeId), so that a revert is itself in history and can be reverted. Refused (CONFLICT, nothing
 * written) when the change was already reverted, or when any subject is no longer as the change left it.
 */
export async function revertChange(db: Database, author: ChangeAuthor, changeId: string): Promise<RevertOutcome> {
  const outcome = await writeChange(
    db,
    author,
    'revertChange',
    async (tx, watch) => {
      const subjects = (await tx.run('change-by-id', { changeId })).map(toChangeRecord);
      if (subjects.length === 0) throw notFound('changeId', `names no recorded change: ${JSON.stringify(changeId)}.`);
      const revertedBy = subjects[0].revertedBy;
      if (revertedBy) throw conflict(`Change ${changeId} was already reverted by change ${revertedBy}; revert that change to apply it again.`);
      const states = await currentStates(tx, subjects);
      for (const c of subjects) {
        const now = states.get(c.subject) ?? null;
        if (now !== (c.after === null ? null : canonicalJson(c.after))) {
          throw conflict(`Cannot revert change ${changeId}: ${c.subjectType === 'ENTITY' ? 'entity' : 'relationship'} ${c.subject} has changed since; revert the later change first (see history).`);
        }
      }
      const entities = subjects.filter((c) => c.subjectType === 'ENTITY');
      const relationships = subjects.filter((c) => c.subjectType === 'RELATIONSHIP');
      await watch({ ids: entities.map((c) => c.entityId!), relationships: relationships.map(keyOf) });
      // Entities that existed before first (relationships need their ends), then relationships, then entities the change created.
      for (const c of entities.filter((e) => e.before !== null)) {
        if ('mergedInto' in c.before!) await tx.run('restore-merged-id', { id: c.entityId, into: c.before.mergedInto });
        else {
          const kind = checkedKind(c.before!.kind, c.subject);
          await tx.run('restore-entity', { id: c.entityId, kind, otherKinds: KIND_NAMES.filter((k) => k !== kind), properties: c.before!.properties });
        }
      }
      for (const c of relationships) {
        if (!isRelationshipType(c.type!)) throw conflict(`Cannot revert ${c.subject}: ${c.type} is not a relationship type of the model.`);
        const [row] = await tx.run('restore-relationship', { from: c.from, type: c.type, to: c.to, properties: c.before === null ? null : c.before.properties });
        if (c.before !== null && !row.endsExist) throw conflict(`Cannot revert change ${changeId}: relationship ${c.subject} needs both its ends, and one is gone.`);
      }
      const inChange = new Set(relationships.map((c) => c.subject));
      for (const c of entities.filter((e) => e.before === null)) {
        const [row] = await tx.run('restore-absent-entity', { id: c.entityId });
        const other = (row.relationships as RelationshipKey[]).map(relationshipSubject).find((s) => !inChange.has(s));
        if (other) throw conflict(`Cannot revert change ${changeId}: entity ${c.subject} now has relationship ${other}, which the change did not make; remove it first.`);
      }
      return subjects.length;
    },
    { reverts: changeId },
  );
  return { changeId: outcome.changeId, reverted: changeId, restored: outcome.items.length };
}
