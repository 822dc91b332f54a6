import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SeedFile } from './readSeeds';
import { DocumentFile, SeedEvidence } from './seedFileSchema';

export interface EvidenceProblem {
  seedFile: string;
  subject: string;
  /** The excerpt, or the statement of a citation. */
  excerpt: string;
  problem: string;
}

type SeedSource = DocumentFile['source'];

/**
 * Checks every piece of evidence in the seed documents: an excerpt must be a verbatim substring of its
 * source's text, read from `sourcesDir/<file>` (source texts are kept outside the repository); a citation
 * must cite a source known by reference (address, title and publisher) and state its claim (a non-empty statement).
 */
export function checkEvidence(files: SeedFile[], sourcesDir: string): { checked: number; problems: EvidenceProblem[] } {
  const sources = new Map<string, SeedSource>();
  for (const f of files) if (f.kind === 'document') sources.set(f.data.source.id, f.data.source);
  const texts = new Map<string, string | null>();
  const textOf = (file: string): string | null => {
    if (!texts.has(file)) {
      const path = join(sourcesDir, file);
      texts.set(file, existsSync(path) ? readFileSync(path, 'utf8') : null);
    }
    return texts.get(file) ?? null;
  };
  const problemOf = (ev: SeedEvidence, sourceId: string): string | null => {
    const source = sources.get(sourceId);
    if ('excerpt' in ev) {
      if (!source?.file) return `source ${sourceId} is not held as text (no file): an excerpt needs a source text`;
      const text = textOf(source.file);
      if (text === null) return `source text ${source.file} not found in ${sourcesDir}`;
      return text.includes(ev.excerpt) ? null : `not a verbatim substring of ${source.file}`;
    }
    if (ev.statement.trim() === '') return 'a citation needs a statement of the claim';
    if (!source) return `no source with id ${sourceId}`;
    const missing = (['address', 'title', 'publisher'] as const).filter((key) => !source[key]?.trim());
    return missing.length > 0 ? `cited source ${sourceId} has no ${missing.join(', ')}` : null;
  };

  const problems: EvidenceProblem[] = [];
  let checked = 0;
  for (const f of files) {
    if (f.kind !== 'document') continue;
    const doc = f.data;
    const items: { subject: string; evidence: SeedEvidence[] }[] = [
      { subject: `source ${doc.source.id}`, evidence: doc.source.evidence },
      ...doc.entities.map((e) => ({ subject: `entity ${e.id}`, evidence: e.evidence })),
      ...doc.relationships.map((r) => ({ subject: `relationship ${r.type} ${r.from} -> ${r.to}`, evidence: r.evidence })),
    ];
    for (const item of items) {
      for (const ev of item.evidence) {
        checked += 1;
        const problem = problemOf(ev, ev.source ?? doc.source.id);
        if (problem) problems.push({ seedFile: basename(f.path), subject: item.subject, excerpt: 'excerpt' in ev ? ev.excerpt : ev.statement, problem });
      }
    }
  }
  return { checked, problems };
}
