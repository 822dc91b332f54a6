import type { Database } from '../src/database/database';
import { importSeeds } from '../src/seed/importSeeds';
import type { GeneratedGraph } from './generateGraph';

type File = GeneratedGraph['files'][number];

/** Relationships created per statement. */
const BATCH = 5_000;

/**
 * Relationships of generated files, created the way the importer leaves them (type, `basis`, evidence as two
 * parallel lists). CREATE, not the importer's MERGE: the generated relationships are new, and MERGE checks the
 * relationships already there, which on dense nodes (a theme covered by tens of thousands of workshops) made
 * the import slow down with every file.
 */
const CREATE_RELATIONSHIPS = `UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
CREATE (a)-[x:$(r.type)]->(b)
SET x.basis = 'SOURCE', x.evidenceSourceIds = r.evidenceSourceIds, x.evidenceExcerpts = r.evidenceExcerpts`;

/**
 * Loads generated files: entities through the project's seed importer (its statements and parameters, one
 * transaction per file) with its prune step answered empty, relationships with CREATE_RELATIONSHIPS in
 * batches. Neither step is needed to keep the graph right: these files only add to what is there. The prune
 * scans every entity and relationship once per file, and together they made the plain importer take well
 * over 15 minutes for 1M relationships (see bench/results/README.md).
 * `loaded` remembers how much of each file is in the database, so growing a graph loads only what was added
 * (units only ever append entities and relationships to the last file, then to new files).
 */
export async function loadGenerated(
  db: Database,
  files: File[],
  loaded: Map<string, { entities: number; relationships: number }>,
  progress: (done: number, files: number) => void = () => undefined,
): Promise<void> {
  for (const [index, file] of files.entries()) {
    progress(index, files.length);
    const before = loaded.get(file.name) ?? { entities: 0, relationships: 0 };
    const { source, entities, relationships } = file.data;
    if (before.entities === entities.length && before.relationships === relationships.length) continue;
    await importSeeds(withoutPrune(db), [{ kind: 'document', path: file.name, data: { ...file.data, relationships: [] } }]);
    const added = relationships.slice(before.relationships).map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      evidenceSourceIds: r.evidence.map((e) => e.source ?? source.id),
      evidenceExcerpts: r.evidence.map((e) => ('excerpt' in e ? e.excerpt : '')),
    }));
    for (let i = 0; i < added.length; i += BATCH) await db.autoCommit(CREATE_RELATIONSHIPS, { relationships: added.slice(i, i + BATCH) });
    loaded.set(file.name, { entities: entities.length, relationships: relationships.length });
  }
}

/** `db`, but the transactions it opens answer `prune-source` with "nothing pruned" instead of running it. */
function withoutPrune(db: Database): Database {
  const override = <T extends object>(target: T, name: string, replacement: unknown): T =>
    new Proxy(target, {
      get(object, property) {
        if (property === name) return replacement;
        const value = Reflect.get(object, property, object);
        return typeof value === 'function' ? value.bind(object) : value;
      },
    });
  return override(db, 'writeTransaction', (work: (tx: object) => Promise<unknown>) =>
    db.writeTransaction((tx) =>
      work(
        override(tx, 'run', (name: string, params: Record<string, unknown>) =>
          name === 'prune-source' ? Promise.resolve([{ entities: 0, relationships: 0 }]) : tx.run(name, params),
        ),
      ),
    ),
  );
}
