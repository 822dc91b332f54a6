import { Database } from '../database/database';
import { badInput } from '../errors/badInput';
import { conflict } from '../errors/conflict';
import { notFound } from '../errors/notFound';
import { RelationshipKey, resolveTouched } from '../seed/resolveTouched';
import { ChangeAuthor, ChangeOutcome, relationshipSubject, writeChange } from './changeSet';
import { ClaimLists, EvidencePiece, addEvidence as addPieces, retractEvidence as retractPiece } from './claimLists';
import { readSubjects, writeLists } from './storedSubjects';
import { WriteOptions } from './entityWrites';
import { EvidenceArgument, evidenceInput, parseInput, seedEvidence } from './writeInput';
import { evidenceSchema } from '../seed/seedFileSchema';
import { verifyEvidence } from './verifyEvidence';
import { Transaction } from '../database/database';
import { z } from 'zod';

/** An entity (id) or a relationship (from, type, to): exactly one. */
export interface SubjectArgument {
  id?: string | null;
  relationship?: RelationshipKey | null;
}

function subjectOf(subject: SubjectArgument): { id: string } | { key: RelationshipKey } {
  if ((subject.id ? 1 : 0) + (subject.relationship ? 1 : 0) !== 1) throw badInput('input.subject', 'needs exactly one of id (an entity) or relationship (from, type, to).');
  return subject.id ? { id: subject.id } : { key: { from: subject.relationship!.from, type: subject.relationship!.type, to: subject.relationship!.to } };
}

/** Reads a subject's lists, changes them with `edit` and writes them back, then resolves its claims again. */
async function editLists(tx: Transaction, subject: { id: string } | { key: RelationshipKey }, edit: (lists: ClaimLists) => ClaimLists): Promise<string> {
  if ('id' in subject) {
    const stored = (await readSubjects(tx, [subject.id])).entities.get(subject.id);
    if (!stored?.kind) throw notFound('input.subject.id', `names no entity: ${subject.id}.`);
    await writeLists(tx, [{ id: subject.id, kind: stored.kind, lists: edit(stored.lists) }], []);
    await resolveTouched(tx, [subject.id], []);
    return subject.id;
  }
  const stored = (await readSubjects(tx, [], [subject.key])).relationships.get(relationshipSubject(subject.key));
  if (!stored?.exists) throw notFound('input.subject.relationship', `names no relationship: ${relationshipSubject(subject.key)}.`);
  await writeLists(tx, [], [{ key: subject.key, lists: edit(stored.lists) }]);
  await resolveTouched(tx, [], [subject.key]);
  return relationshipSubject(subject.key);
}

const watched = (subject: { id: string } | { key: RelationshipKey }) => ('id' in subject ? { ids: [subject.id] } : { relationships: [subject.key] });

/** Adds verified pieces of evidence (each naming its source) to an entity or relationship; a piece already there is not added again. */
export async function addEvidence(db: Database, author: ChangeAuthor, input: { subject: SubjectArgument; evidence: EvidenceArgument[] }, options: WriteOptions): Promise<ChangeOutcome<string>> {
  const subject = subjectOf(input.subject);
  const pieces = evidenceInput(input.evidence, 'input.evidence', null);
  if (pieces.length === 0) throw badInput('input.evidence', 'needs at least one piece of evidence.');
  parseInput(z.array(evidenceSchema), seedEvidence(pieces), 'input.evidence');
  return writeChange(db, author, 'addEvidence', async (tx, watch) => {
    await watch(watched(subject));
    await verifyEvidence(tx, pieces, options.sourceTexts);
    return editLists(tx, subject, (lists) => addPieces(lists, pieces));
  });
}

/**
 * Takes away one piece of evidence. When its source gives no other evidence there, that source's claims go too. The
 * last piece of evidence of an entity or relationship cannot go (delete or unlink it instead).
 */
export async function retractEvidence(db: Database, author: ChangeAuthor, input: { subject: SubjectArgument; source: string; excerpt?: string | null; statement?: string | null }): Promise<ChangeOutcome<string>> {
  const subject = subjectOf(input.subject);
  const [piece] = evidenceInput([{ source: input.source, excerpt: input.excerpt, statement: input.statement }], 'input', null) as EvidencePiece[];
  return writeChange(db, author, 'retractEvidence', async (tx, watch) => {
    await watch(watched(subject));
    return editLists(tx, subject, (lists) => {
      const { lists: after, found } = retractPiece(lists, piece);
      if (!found) throw notFound('input', `names no piece of evidence of ${'id' in subject ? subject.id : relationshipSubject(subject.key)} from ${piece.source} with this text.`);
      if (after.evidenceSourceIds.length === 0) throw conflict('This is the last piece of evidence: a claim without evidence is refused. Delete the entity or unlink the relationship instead.');
      return after;
    });
  });
}
