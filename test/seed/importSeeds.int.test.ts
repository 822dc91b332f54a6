import { readSeeds, SeedError, SeedFile } from '../../src/seed/readSeeds';
import { importSeeds } from '../../src/seed/importSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';
import { Database } from '../../src/database/database';
import { openTestDatabase } from '../support/testDatabase';
import { runFixture } from '../support/cypherFixture';
import { seedRecord } from '../support/seedRecord';

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

/**
 * What the seed files state, counted from the files: one node per id (an entity several pages state is one
 * node; every document is a Source node, and so is the reference data set), one relationship per type and ends.
 */
function stated(files: SeedFile[]): { nodes: number; relationships: number; entityMentions: number } {
  const { kinds, relationships } = seedRecord(files);
  const entityMentions = files.reduce((sum, f) => sum + (f.kind === 'document' ? f.data.entities.length + 1 : 0), 0);
  return { nodes: kinds.size, relationships: relationships.size, entityMentions };
}

/** The seed post, the one source held as text. */
function seedPost(files: SeedFile[]): Extract<SeedFile, { kind: 'document' }> {
  const post = files.find((f) => f.kind === 'document' && f.data.source.id === 'source:scn-western-balkans-workshop-durres');
  if (post?.kind !== 'document') throw new Error('expected the seed post among the seeds');
  return post;
}

test('Seed import: importing twice leaves the same node and relationship counts', async () => {
  const before = await counts();
  const files = readSeeds(SEEDS_DIR);
  const summary = await importSeeds(db, files);
  const after = await counts();
  const { nodes, relationships, entityMentions } = stated(files);
  // Each file writes its own entities (and its source): an entity several pages state is written by each of them.
  expect(summary).toMatchObject({ files: files.length, entities: entityMentions, pruned: 0 });
  expect(after).toEqual(before);
  // One node per id and one relationship per type and ends, however many pages state them: the pages fuse by id.
  expect(after).toEqual({ nodes, relationships });
  // Spot check against the record itself: 42 cited pages, the seed post and the reference data set.
  expect(files).toHaveLength(44);
});

test('Seed import: re-importing keeps reference data (ISO codes) and does not duplicate evidence or claims', async () => {
  const files = readSeeds(SEEDS_DIR);
  const [before] = await db.read('entities-by-id', { ids: ['country:kosovo'] });
  await importSeeds(db, files);
  const [row] = await db.read('entities-by-id', { ids: ['country:kosovo'] });
  // Properties, evidence and claims as they were.
  expect(row).toEqual(before);
  const kosovo = row.node as { isoCode: string; evidenceSourceIds: string[]; evidenceExcerpts: string[] };
  expect(kosovo.isoCode).toBe('XK');
  // Each piece of evidence once: the seed post's two excerpts and the citations of the pages that name Kosovo.
  const stating = files.flatMap((f) => (f.kind === 'document' ? f.data.entities.filter((e) => e.id === 'country:kosovo').flatMap((e) => e.evidence.map(() => f.data.source.id)) : []));
  expect(stating.filter((id) => id === 'source:scn-western-balkans-workshop-durres')).toHaveLength(2);
  expect([...kosovo.evidenceSourceIds].sort()).toEqual(stating.sort());
  expect(kosovo.evidenceExcerpts.filter((e) => e !== '')).toHaveLength(2);
});

test('Seed import: what a seed file no longer states is removed on the next import, and comes back with it', async () => {
  const files = readSeeds(SEEDS_DIR);
  const document = seedPost(files);
  const all = stated(files);
  const edited = {
    ...document,
    data: {
      ...document.data,
      entities: document.data.entities.filter((e) => e.id !== 'theme:referral-mechanisms'),
      relationships: document.data.relationships.filter((r) => r.to !== 'theme:referral-mechanisms' && r.type !== 'FOLLOWED_BY'),
    },
  };
  const summary = await importSeeds(db, files.map((f) => (f === document ? edited : f)));
  // The theme and FOLLOWED_BY (only the seed post states them); the COVERED link to the theme goes with the theme.
  expect(summary.pruned).toBe(2);
  expect(await counts()).toEqual({ nodes: all.nodes - 1, relationships: all.relationships - 2 });
  expect(await db.read('entities-by-id', { ids: ['theme:referral-mechanisms'] })).toEqual([]);

  await importSeeds(db, files);
  expect(await counts()).toEqual({ nodes: all.nodes, relationships: all.relationships });
});

test('Seed import: a file that fails half-way writes nothing', async () => {
  const document = seedPost(readSeeds(SEEDS_DIR));
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
