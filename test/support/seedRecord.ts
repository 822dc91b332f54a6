import { readSeeds, SeedFile } from '../../src/seed/readSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';

/** What the seed files state, as the graph should hold it once they are imported and fused by id. */
export interface SeedRecord {
  /** The kind of each id: an entity several pages state once; every document, and the reference data set, a Source. */
  kinds: Map<string, string>;
  /** The type of each relationship, by `from type to`: one however many pages state it. */
  relationships: Map<string, string>;
  /** The documents whose files state entity `id`, each once, sorted. */
  sourcesStating(id: string): string[];
}

export function seedRecord(files: SeedFile[] = readSeeds(SEEDS_DIR)): SeedRecord {
  const kinds = new Map<string, string>();
  const relationships = new Map<string, string>();
  for (const file of files) {
    if (file.kind === 'document') {
      kinds.set(file.data.source.id, 'Source');
      for (const e of file.data.entities) kinds.set(e.id, e.kind);
    } else kinds.set(file.data.reference.id, 'Source');
    for (const r of file.data.relationships) relationships.set(`${r.from} ${r.type} ${r.to}`, r.type);
  }
  const documents = files.flatMap((f) => (f.kind === 'document' ? [f.data] : []));
  const sourcesStating = (id: string) => [...new Set(documents.filter((d) => d.entities.some((e) => e.id === id)).map((d) => d.source.id))].sort();
  return { kinds, relationships, sourcesStating };
}

/** How many of each value: { Country: 19, … }. */
export function tally(values: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
