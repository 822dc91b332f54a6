/** What the evidence rules need to know of a source: how it is held (file) or cited (address, title, publisher). */
export interface EvidenceSource {
  id: string;
  file?: string | null;
  address?: string | null;
  title?: string | null;
  publisher?: string | null;
}

/** A piece of evidence: an excerpt (verbatim text of a source held as text) or a citation's statement. */
export type EvidencePiece = { excerpt: string } | { statement: string };

/**
 * The one rule for a piece of evidence, shared by the seed check (`checkEvidence`) and the API's writes
 * (`verifyEvidence`): an excerpt must be a verbatim substring of its source's text (`textOf(file)`, null when
 * that text is not available); a citation must state its claim and cite a source known by reference
 * (address, title and publisher). Returns the problem, or null when the piece holds.
 */
export function evidenceProblem(
  piece: EvidencePiece,
  sourceId: string,
  source: EvidenceSource | undefined,
  textOf: (file: string) => string | null,
  textsPlace: string,
): string | null {
  if ('excerpt' in piece) {
    if (!source) return `no source with id ${sourceId}`;
    if (!source.file) return `source ${sourceId} is not held as text (no file): an excerpt needs a source text`;
    const text = textOf(source.file);
    if (text === null) return `source text ${source.file} is not available in ${textsPlace}, so the excerpt cannot be checked`;
    return text.includes(piece.excerpt) ? null : `is not a verbatim substring of ${source.file}`;
  }
  if (piece.statement.trim() === '') return 'a citation needs a statement of the claim';
  if (!source) return `no source with id ${sourceId}`;
  const missing = (['address', 'title', 'publisher'] as const).filter((key) => !source[key]?.trim());
  return missing.length > 0 ? `cited source ${sourceId} has no ${missing.join(', ')}` : null;
}
