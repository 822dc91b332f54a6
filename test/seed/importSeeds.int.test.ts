import { readSeeds, SeedError, SeedFile } from '../../src/seed/readSeeds';
import { importSeeds } from '../../src/seed/importSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';
import { Database } from '../../src/database/database';
import { openTestDatabase } from '../support/testDatabase';
import { runFixture } from '../support/cypherFixture';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await runFixture(db, 'delete-test-entities');
  await db.close();
});

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await runFixture(db, 'graph-counts');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

/** What the seed files state, counted by id: one node per entity id and source, one relationship per "from TYPE to". */
function statedCounts(files: SeedFile[]): { nodes: number; relationships: number } {
  const ids = new Set<string>();
  const relationships = new Set<string>();
  for (const f of files) {
    if (f.kind === 'document') {
      ids.add(f.data.source.id);
      for (const e of f.data.entities) ids.add(e.id);
    } else ids.add(f.data.reference.id);
    for (const r of f.data.relationships) relationships.add(`${r.from} ${r.type} ${r.to}`);
  }
  return { nodes: ids.size, relationships: relationships.size };
}

test('Seed import: importing twice leaves the same graph: one node per id and one relationship per stated link, however many files state them', async () => {
  const files = readSeeds(SEEDS_DIR);
  const before = await counts();
  const summary = await importSeeds(db, files);
  const after = await counts();
  expect(summary).toMatchObject({ files: files.length, pruned: 0 });
  expect(after).toEqual(before);
  // Many pages state the network, its cities and its summits: they fuse into one entity each.
  const stated = statedCounts(files);
  expect(summary.entities).toBeGreaterThan(stated.nodes);
  expect(after).toEqual(stated);
});

test('Seed import: re-importing keeps reference data (ISO codes) and does not duplicate evidence or claims', async () => {
  const [before] = await db.read('entities-by-id', { ids: ['country:kosovo'] });
  await importSeeds(db, readSeeds(SEEDS_DIR));
  const [after] = await db.read('entities-by-id', { ids: ['country:kosovo'] });
  const kosovo = after.node as { isoCode: string; evidenceSourceIds: string[]; claimSourceIds: string[] };
  expect(kosovo.isoCode).toBe('XK');
  expect(new Set(kosovo.evidenceSourceIds).size).toBeGreaterThan(1);
  expect(after).toEqual(before);
});

test('Seed import: what a seed file no longer states is removed on the next import, and comes back with it', async () => {
  const files = readSeeds(SEEDS_DIR);
  const before = await counts();
  const document = files.find((f) => f.kind === 'document' && f.data.source.id === 'source:scn-western-balkans-workshop-durres');
  if (document?.kind !== 'document') throw new Error('expected the seed post');
  const edited = {
    ...document,
    data: {
      ...document.data,
      entities: document.data.entities.filter((e) => e.id !== 'theme:referral-mechanisms'),
      relationships: document.data.relationships.filter((r) => r.to !== 'theme:referral-mechanisms' && r.type !== 'FOLLOWED_BY'),
    },
  };
  const summary = await importSeeds(db, files.map((f) => (f === document ? edited : f)));
  // The theme (only the post states it) and FOLLOWED_BY; the COVERED link to the theme goes with the theme.
  expect(summary.pruned).toBe(2);
  expect(await counts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - 2 });
  expect(await db.read('entities-by-id', { ids: ['theme:referral-mechanisms'] })).toEqual([]);

  await importSeeds(db, files);
  expect(await counts()).toEqual(before);
});

test('Seed import: a file that fails half-way writes nothing', async () => {
  const document = readSeeds(SEEDS_DIR).find((f) => f.kind === 'document');
  if (document?.kind !== 'document') throw new Error('expected a document');
  const broken = {
    ...document,
    path: 'broken.json',
    data: {
      source: { ...document.data.source, id: 'source:test-broken' },
      entities: [{ id: 'city:test-atomic', kind: 'City' as const, name: 'Test Atomic', aliases: [], properties: {}, evidence: [{ excerpt: 'x' }] }],
      relationships: [{ type: 'LOCATED_IN' as const, from: 'city:test-atomic', to: 'country:test-missing', evidence: [{ excerpt: 'x' }] }],
    },
  };
  await expect(importSeeds(db, [broken])).rejects.toThrow(SeedError);
  await expect(importSeeds(db, [broken])).rejects.toThrow(/broken\.json: relationship #1 \(LOCATED_IN city:test-atomic -> country:test-missing\)/);
  const rows = await db.read('entities-by-id', { ids: ['city:test-atomic', 'source:test-broken'] });
  expect(rows).toEqual([]);
});
