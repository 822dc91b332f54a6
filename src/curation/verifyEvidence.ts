import { Transaction } from '../database/database';
import { badInput } from '../errors/badInput';
import { EvidenceSource, evidenceProblem } from '../seed/evidenceProblem';
import { SourceTexts } from './sourceTexts';

/** A piece of evidence to write: `path` names it in the request (e.g. `input.evidence[1]`). */
export interface EvidenceToVerify {
  path: string;
  source: string;
  excerpt?: string;
  statement?: string;
}

/**
 * Checks pieces of evidence against the graph and the source texts, inside the write's transaction, with the
 * same rule as the seed check (`evidenceProblem`): the source must be a Source in the graph; an excerpt's source
 * must be held as text, its text available to this server, and the excerpt a verbatim substring of it; a
 * citation's source must have an address, a title and a publisher. Throws BAD_USER_INPUT naming the first
 * piece that fails (`<path>.source`, `<path>.excerpt` or `<path>.statement`); nothing is written.
 */
export async function verifyEvidence(tx: Transaction, pieces: EvidenceToVerify[], texts: SourceTexts): Promise<void> {
  if (pieces.length === 0) return;
  const rows = await tx.run('curate-evidence-sources', { ids: [...new Set(pieces.map((p) => p.source))] });
  const sources = new Map(rows.map((row) => [row.id as string, row as unknown as EvidenceSource]));
  const held = new Map<string, string | null>();
  for (const source of sources.values()) if (source.file) held.set(source.file, await texts.text(source.file));

  for (const piece of pieces) {
    const source = sources.get(piece.source);
    if (!source) throw badInput(`${piece.path}.source`, `names no Source in the graph: ${piece.source}.`);
    const hasExcerpt = piece.excerpt !== undefined;
    if (hasExcerpt === (piece.statement !== undefined)) throw badInput(piece.path, 'needs exactly one of excerpt or statement.');
    const part = hasExcerpt ? { excerpt: piece.excerpt as string } : { statement: piece.statement as string };
    const problem = evidenceProblem(part, piece.source, source, (file) => held.get(file) ?? null, 'the source texts of this server');
    if (problem) throw badInput(`${piece.path}.${hasExcerpt ? 'excerpt' : 'statement'}`, `${problem}.`);
  }
}
