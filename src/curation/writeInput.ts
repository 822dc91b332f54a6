import { z } from 'zod';
import { badInput } from '../errors/badInput';
import { EvidencePiece } from './claimLists';
import { EvidenceToVerify } from './verifyEvidence';

/** A piece of evidence as a mutation takes it: an excerpt, or a statement with an optional locator; its source defaults to the write's. */
export interface EvidenceArgument {
  source?: string | null;
  excerpt?: string | null;
  statement?: string | null;
  locator?: string | null;
}

/** "input.evidence[0].excerpt" from a base path and a zod issue path. */
function argumentPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`), base);
}

/** Parses `value` with one of the seed format's schemas (the one place the rules live); the first problem is BAD_USER_INPUT naming its argument path. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, base: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badInput(argumentPath(base, issue.path), `${issue.message}.`);
}

/**
 * The seed format's shape of evidence pieces (`{source?, excerpt}` or `{source?, statement, locator?}`), each with exactly
 * one of excerpt and statement; `defaultSource` fills a missing source (null: every piece must name its source).
 */
export function evidenceInput(list: readonly EvidenceArgument[], base: string, defaultSource: string | null): (EvidencePiece & EvidenceToVerify)[] {
  return list.map((e, i) => {
    const path = `${base}[${i}]`;
    const source = e.source ?? defaultSource;
    if (!source) throw badInput(`${path}.source`, 'is needed: name the Source this piece of evidence comes from.');
    const hasExcerpt = e.excerpt !== null && e.excerpt !== undefined;
    const hasStatement = e.statement !== null && e.statement !== undefined;
    if (hasExcerpt === hasStatement) throw badInput(path, 'needs exactly one of excerpt (verbatim text of a source held as text) or statement (a citation in our own words).');
    if (hasExcerpt && e.locator) throw badInput(`${path}.locator`, 'belongs to a citation (statement), not an excerpt.');
    return hasExcerpt ? { path, source, excerpt: e.excerpt! } : { path, source, statement: e.statement!, ...(e.locator ? { locator: e.locator } : {}) };
  });
}

/** The seed format's evidence object of a piece (what its zod schema checks: lengths, ids). */
export function seedEvidence(pieces: readonly EvidencePiece[]): Record<string, unknown>[] {
  return pieces.map((p) => (p.excerpt !== undefined ? { source: p.source, excerpt: p.excerpt } : { source: p.source, statement: p.statement, ...(p.locator ? { locator: p.locator } : {}) }));
}
