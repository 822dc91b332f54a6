import { readSeeds, SeedError } from '../../src/seed/readSeeds';
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

test('Seed import: importing twice leaves the same node and relationship counts', async () => {
  const before = await counts();
  const summary = await importSeeds(db, readSeeds(SEEDS_DIR));
  const after = await counts();
  expect(summary).toMatchObject({ files: 3, entities: 32, pruned: 0 });
  expect(after).toEqual(before);
  // The seeds: the seed post's 30 entities and the post itself, the page cited by reference, the reference data set;
  // 39 relationships stated by the post, 1 by the cited page, 6 reference relationships.
  expect(after).toEqual({ nodes: 33, relationships: 46 });
});

test('Seed import: re-importing keeps reference data (ISO codes) and does not duplicate evidence', async () => {
  await importSeeds(db, readSeeds(SEEDS_DIR));
  const [row] = await db.read('entities-by-id', { ids: ['country:kosovo'] });
  const kosovo = row.node as { isoCode: string; evidenceExcerpts: string[] };
  expect(kosovo.isoCode).toBe('XK');
  expect(kosovo.evidenceExcerpts).toHaveLength(2);
});

test('Seed import: what a seed file no longer states is removed on the next import, and comes back with it', async () => {
  const files = readSeeds(SEEDS_DIR);
  const [document] = files;
  if (document.kind !== 'document') throw new Error('expected the document first');
  const edited = {
    ...document,
    data: {
      ...document.data,
      entities: document.data.entities.filter((e) => e.id !== 'theme:referral-mechanisms'),
      relationships: document.data.relationships.filter((r) => r.to !== 'theme:referral-mechanisms' && r.type !== 'FOLLOWED_BY'),
    },
  };
  const summary = await importSeeds(db, [edited, ...files.slice(1)]);
  // The theme and FOLLOWED_BY; the COVERED link to the theme goes with the theme.
  expect(summary.pruned).toBe(2);
  expect(await counts()).toEqual({ nodes: 32, relationships: 44 });
  expect(await db.read('entities-by-id', { ids: ['theme:referral-mechanisms'] })).toEqual([]);

  await importSeeds(db, files);
  expect(await counts()).toEqual({ nodes: 33, relationships: 46 });
});

test('Seed import: a file that fails half-way writes nothing', async () => {
  const [document] = readSeeds(SEEDS_DIR);
  if (document.kind !== 'document') throw new Error('expected the document first');
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
