import { Database } from '../database/database';
import { badInput } from '../errors/badInput';
import { conflict } from '../errors/conflict';
import { notFound } from '../errors/notFound';
import { RelationshipKey, resolveTouched } from '../seed/resolveTouched';
import { ChangeAuthor, ChangeOutcome, relationshipSubject, writeChange } from './changeSet';
import { ClaimLists, joinLists, stateClaims } from './claimLists';
import { readSubjects, writeLists } from './storedSubjects';

/** The merged entity's lists without its name and alias claims (they become alias claims of the survivor). */
function withoutNames(lists: ClaimLists): ClaimLists {
  const keep = lists.claimSourceIds.map((_, i) => i).filter((i) => lists.claimProperties[i] !== 'name' && lists.claimProperties[i] !== 'aliases');
  return { ...lists, claimSourceIds: keep.map((i) => lists.claimSourceIds[i]), claimProperties: keep.map((i) => lists.claimProperties[i]), claimValues: keep.map((i) => lists.claimValues[i]) };
}

/** Each source's spellings of the merged entity (its name and aliases), to add to that source's aliases of the survivor. */
function spellingsBySource(lists: ClaimLists): Map<string, string[]> {
  const out = new Map<string, string[]>();
  lists.claimProperties.forEach((property, i) => {
    if (property !== 'name' && property !== 'aliases') return;
    const value = JSON.parse(lists.claimValues[i]) as string | string[];
    out.set(lists.claimSourceIds[i], [...(out.get(lists.claimSourceIds[i]) ?? []), ...(Array.isArray(value) ? value : [value])]);
  });
  return out;
}

/** A source's aliases claim on these lists. */
function aliasesClaimed(lists: ClaimLists, source: string): string[] {
  const i = lists.claimSourceIds.findIndex((s, j) => s === source && lists.claimProperties[j] === 'aliases');
  return i < 0 ? [] : (JSON.parse(lists.claimValues[i]) as string[]);
}

/**
 * Merges two entities of one kind that turn out to be one: the merged entity's relationships move to the survivor
 * (joining the claims and evidence of a relationship the survivor already has; one between the two goes, as it would
 * join the survivor to itself), its claims and evidence join the survivor's (each source's spelling of its name becomes
 * that source's alias of the survivor), it goes, and its id keeps resolving to the survivor.
 */
export async function mergeEntities(db: Database, author: ChangeAuthor, survivorId: string, mergedId: string): Promise<ChangeOutcome<string>> {
  if (survivorId === mergedId) throw badInput('mergedId', 'is the survivor itself.');
  return writeChange(db, author, 'mergeEntities', async (tx, watch) => {
    const { entities } = await readSubjects(tx, [survivorId, mergedId]);
    const survivor = entities.get(survivorId);
    const merged = entities.get(mergedId);
    if (!survivor?.kind) throw notFound('survivorId', survivor?.mergedInto ? `was merged into ${survivor.mergedInto}: merge into that entity.` : `names no entity: ${survivorId}.`);
    if (!merged?.kind) throw notFound('mergedId', `names no entity: ${mergedId}.`);
    if (survivor.kind !== merged.kind) throw badInput('mergedId', `is a ${merged.kind}, the survivor a ${survivor.kind}: only entities of one kind are merged.`);
    if (survivor.kind === 'Source') throw badInput('survivorId', 'names a Source: sources are not merged (evidence cites them by id).');
    const [row] = await tx.run('curate-relationships-of', { id: mergedId });
    const moving = row.relationships as RelationshipKey[];
    const moved = (k: RelationshipKey): RelationshipKey => ({ from: k.from === mergedId ? survivorId : k.from, type: k.type, to: k.to === mergedId ? survivorId : k.to });
    const kept = moving.filter((k) => moved(k).from !== moved(k).to);
    await watch({ ids: [survivorId, mergedId], relationships: [...moving, ...kept.map(moved)] });
    const rels = (await readSubjects(tx, [], [...moving, ...kept.map(moved)])).relationships;

    let lists = joinLists(survivor.lists, withoutNames(merged.lists));
    for (const [source, spellings] of spellingsBySource(merged.lists)) {
      lists = stateClaims(lists, source, { aliases: [...new Set([...aliasesClaimed(lists, source), ...spellings])] });
    }
    const movedLists = kept.map((k) => ({ key: moved(k), lists: joinLists(rels.get(relationshipSubject(moved(k)))!.lists, rels.get(relationshipSubject(k))!.lists) }));
    await tx.run('curate-delete', { ids: [mergedId], relationships: moving });
    await writeLists(tx, [{ id: survivorId, kind: survivor.kind, lists }], movedLists);
    await tx.run('curate-merged-id', { id: mergedId, into: survivorId });
    await resolveTouched(tx, [survivorId], movedLists.map((r) => r.key));
    return survivorId;
  });
}
