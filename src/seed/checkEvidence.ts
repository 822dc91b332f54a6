import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SeedFile } from './readSeeds';

export interface EvidenceProblem {
  seedFile: string;
  subject: string;
  excerpt: string;
  problem: string;
}

/**
 * Checks that every excerpt in the seed documents is a verbatim substring of its source's text,
 * read from `sourcesDir/<file>` (source texts are kept outside the repository).
 */
export function checkEvidence(files: SeedFile[], sourcesDir: string): { checked: number; problems: EvidenceProblem[] } {
  const sourceFiles = new Map<string, string>();
  for (const f of files) if (f.kind === 'document') sourceFiles.set(f.data.source.id, f.data.source.file);
  const texts = new Map<string, string | null>();
  const textOf = (sourceId: string): string | null => {
    if (!texts.has(sourceId)) {
      const file = sourceFiles.get(sourceId);
      const path = file ? join(sourcesDir, file) : '';
      texts.set(sourceId, file && existsSync(path) ? readFileSync(path, 'utf8') : null);
    }
    return texts.get(sourceId) ?? null;
  };

  const problems: EvidenceProblem[] = [];
  let checked = 0;
  for (const f of files) {
    if (f.kind !== 'document') continue;
    const doc = f.data;
    const items: { subject: string; evidence: { source?: string; excerpt: string }[] }[] = [
      { subject: `source ${doc.source.id}`, evidence: doc.source.evidence },
      ...doc.entities.map((e) => ({ subject: `entity ${e.id}`, evidence: e.evidence })),
      ...doc.relationships.map((r) => ({ subject: `relationship ${r.type} ${r.from} -> ${r.to}`, evidence: r.evidence })),
    ];
    for (const item of items) {
      for (const ev of item.evidence) {
        checked += 1;
        const sourceId = ev.source ?? doc.source.id;
        const text = textOf(sourceId);
        const base = { seedFile: basename(f.path), subject: item.subject, excerpt: ev.excerpt };
        if (text === null) problems.push({ ...base, problem: `source text ${sourceFiles.get(sourceId) ?? sourceId} not found in ${sourcesDir}` });
        else if (!text.includes(ev.excerpt)) problems.push({ ...base, problem: `not a verbatim substring of ${sourceFiles.get(sourceId)}` });
      }
    }
  }
  return { checked, problems };
}
