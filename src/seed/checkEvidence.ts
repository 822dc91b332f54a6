import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SeedFile } from './readSeeds';
import { evidenceProblem } from './evidenceProblem';
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
  const problemOf = (ev: SeedEvidence, sourceId: string): string | null =>
    evidenceProblem(ev, sourceId, sources.get(sourceId), textOf, sourcesDir);

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
