import { Database } from '../database/database';
import { badInput } from '../errors/badInput';
import { notFound } from '../errors/notFound';
import { RELATIONSHIPS, RelationshipTypeName } from '../model/relationships';
import { relationshipSchema } from '../seed/seedFileSchema';
import { RelationshipKey, resolveTouched } from '../seed/resolveTouched';
import { ChangeAuthor, ChangeOutcome, relationshipSubject, writeChange } from './changeSet';
import { addEvidence, stateClaims } from './claimLists';
import { readSubjects, writeLists } from './storedSubjects';
import { EvidenceArgument, evidenceInput, parseInput, seedEvidence } from './writeInput';
import { WriteOptions } from './entityWrites';
import { verifyEvidence } from './verifyEvidence';

export interface LinkArgument extends RelationshipKey {
  properties?: Record<string, unknown> | null;
  source: string;
  evidence: EvidenceArgument[];
}

/**
 * `input.source` states a relationship, with evidence: created when new; on an existing one the source's claims of
 * the properties given are replaced and its evidence added (linking twice changes nothing). Both ends must be stored,
 * of kinds the type allows.
 */
export async function link(db: Database, author: ChangeAuthor, input: LinkArgument, options: WriteOptions): Promise<ChangeOutcome<RelationshipKey>> {
  const pieces = evidenceInput(input.evidence, 'input.evidence', input.source);
  const parsed = parseInput(relationshipSchema, { type: input.type, from: input.from, to: input.to, properties: input.properties ?? undefined, evidence: seedEvidence(pieces) }, 'input');
  const key: RelationshipKey = { from: parsed.from, type: parsed.type, to: parsed.to };
  const spec = RELATIONSHIPS[key.type as RelationshipTypeName];
  return writeChange(db, author, 'link', async (tx, watch) => {
    await watch({ relationships: [key] });
    const stored = await readSubjects(tx, [key.from, key.to], [key]);
    for (const end of ['from', 'to'] as const) {
      const entity = stored.entities.get(key[end]);
      if (!entity?.kind) throw notFound(`input.${end}`, entity?.mergedInto ? `was merged into ${entity.mergedInto}: link that entity.` : `names no entity: ${key[end]}.`);
      const allowed: readonly string[] = spec[end];
      if (!allowed.includes(entity.kind)) throw badInput(`input.${end}`, `is a ${entity.kind}, but ${key.type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}.`);
    }
    await verifyEvidence(tx, pieces, options.sourceTexts);
    const relationship = stored.relationships.get(relationshipSubject(key))!;
    const lists = addEvidence(stateClaims(relationship.lists, input.source, parsed.properties ?? {}), pieces);
    await writeLists(tx, [], [{ key, lists }]);
    await resolveTouched(tx, [], [key]);
    return key;
  });
}

/** Removes a relationship with every source's claims and evidence on it (history keeps them; revertChange restores). */
export async function unlink(db: Database, author: ChangeAuthor, key: RelationshipKey): Promise<ChangeOutcome<RelationshipKey>> {
  return writeChange(db, author, 'unlink', async (tx, watch) => {
    await watch({ relationships: [key] });
    const stored = await readSubjects(tx, [], [key]);
    if (!stored.relationships.get(relationshipSubject(key))?.exists) throw notFound('input', `names no relationship: ${relationshipSubject(key)}.`);
    await tx.run('curate-delete', { ids: [], relationships: [key] });
    return key;
  });
}
