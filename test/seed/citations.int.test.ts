import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSeeds } from '../../src/seed/importSeeds';
import { readSeeds } from '../../src/seed/readSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';
import { runFixture } from '../support/cypherFixture';
import { startTestService, TestService } from '../support/testService';

// A source cited by reference, imported from a seed file like any other, and read back through the API both
// compiled into one statement and through the loaders.
let compiled: TestService;
let uncompiled: TestService;
let dir: string;
beforeAll(async () => {
  [compiled, uncompiled] = await Promise.all([startTestService(), startTestService({ compile: false })]);
  dir = mkdtempSync(join(tmpdir(), 'scn-cited-'));
});
afterAll(async () => {
  await runFixture(compiled.db, 'delete-test-entities');
  rmSync(dir, { recursive: true, force: true });
  await Promise.all([compiled.stop(), uncompiled.stop()]);
});

const CITED_SOURCE = {
  id: 'source:test-cited-page',
  name: 'A test page cited by reference',
  documentType: 'web page',
  address: 'https://example.org/test-page',
  title: 'A test page',
  publisher: 'Example Publisher',
  date: '2016-05',
  consultedDate: '2026-11-26',
};

/** Imports a seed file citing CITED_SOURCE for one test network, with `evidence`. */
async function importCited(evidence: Record<string, string>[]): Promise<void> {
  const document = {
    source: CITED_SOURCE,
    entities: [{ id: 'network:test-cited-network', kind: 'Network', name: 'Test cited network', evidence }],
    relationships: [],
  };
  writeFileSync(join(dir, 'test-cited-page.json'), JSON.stringify(document));
  await importSeeds(compiled.db, readSeeds(dir));
}

const QUERY = `query ($id: ID!) {
  node(id: $id) {
    evidence { kind excerpt statement locator source { id ... on Source { address title publisher consultedDate file date { iso precision } } } }
  }
}`;

/** The evidence of entity `id`, the same from the compiled and the uncompiled service. */
async function evidenceOf(id: string): Promise<unknown[]> {
  const [ours, reference] = await Promise.all([compiled.client.request<{ node: { evidence: unknown[] } }>(QUERY, { id }), uncompiled.client.request<{ node: { evidence: unknown[] } }>(QUERY, { id })]);
  expect(ours).toEqual(reference);
  return ours.node.evidence;
}

const CITED = { id: CITED_SOURCE.id, address: CITED_SOURCE.address, title: CITED_SOURCE.title, publisher: CITED_SOURCE.publisher, consultedDate: '2026-11-26', file: null, date: { iso: '2016-05', precision: 'MONTH' } };

test('Citations: a citation reads back with its kind, statement, locator and the cited source; an excerpt beside it keeps its text', async () => {
  await importCited([
    { statement: 'The page names a test network.', locator: 'Second paragraph' },
    { statement: 'Stated by the page as a whole.' },
    { source: 'source:scn-western-balkans-workshop-durres', excerpt: 'Strong Cities Network' },
  ]);
  expect(await evidenceOf('network:test-cited-network')).toEqual([
    { kind: 'CITATION', excerpt: null, statement: 'The page names a test network.', locator: 'Second paragraph', source: CITED },
    { kind: 'CITATION', excerpt: null, statement: 'Stated by the page as a whole.', locator: null, source: CITED },
    { kind: 'EXCERPT', excerpt: 'Strong Cities Network', statement: null, locator: null, source: expect.objectContaining({ id: 'source:scn-western-balkans-workshop-durres', file: 'scn-western-balkans-workshop-durres.txt', address: null, title: null }) },
  ]);
});

test('Citations: importing again replaces the source\'s citations instead of adding to them, and keeps other sources\' evidence', async () => {
  await importCited([{ statement: 'The page names a test network.', locator: 'Second paragraph' }]);
  await importCited([{ statement: 'Now stated once, elsewhere.', locator: 'Heading' }]);
  const evidence = await evidenceOf('network:test-cited-network');
  // The excerpt of the held source (imported by the first test) is that source's evidence, not this file's.
  expect(evidence).toEqual([
    expect.objectContaining({ kind: 'EXCERPT', excerpt: 'Strong Cities Network', statement: null }),
    { kind: 'CITATION', excerpt: null, statement: 'Now stated once, elsewhere.', locator: 'Heading', source: CITED },
  ]);
});

test('Citations: evidence stored before evidence had kinds reads as excerpts', async () => {
  await runFixture(compiled.db, 'create-missing-source-entity');
  // The fixture's second excerpt cites a source not in the graph; asked without its source.
  const answer = await compiled.client.request<{ node: { evidence: unknown[] } }>(`{ node(id: "partner:test-missing-source") { evidence { kind excerpt statement locator } } }`);
  expect(answer.node.evidence).toEqual([
    { kind: 'EXCERPT', excerpt: 'quoted from a source in the graph', statement: null, locator: null },
    { kind: 'EXCERPT', excerpt: 'quoted from a source not in the graph', statement: null, locator: null },
  ]);
});

test('Citations: the shipped cited pages are the evidence that ISD runs the network, the 2016 Antalya summit post among them', async () => {
  const query = `{ node(id: "partner:isd") { relationships(types: ["PARTNER_OF"]) { type to { id }
    evidence { kind excerpt statement locator source { id ... on Source { address title publisher consultedDate file date { iso precision } } } } } } }`;
  const [ours, reference] = await Promise.all([compiled.client.request<{ node: { relationships: { evidence: { source: { id: string } }[] }[] } }>(query), uncompiled.client.request<{ node: { relationships: unknown[] } }>(query)]);
  expect(ours).toEqual(reference);
  expect(ours.node.relationships).toEqual([{ type: 'PARTNER_OF', to: { id: 'network:scn' }, evidence: expect.any(Array) }]);
  const { evidence } = ours.node.relationships[0];
  // One citation from each page whose seed file states the relationship (pages of the network and of ISD).
  const stating = readSeeds(SEEDS_DIR).flatMap((f) =>
    f.kind === 'document' && f.data.relationships.some((r) => r.type === 'PARTNER_OF' && r.from === 'partner:isd' && r.to === 'network:scn') ? [f.data.source.id] : [],
  );
  expect(stating).toHaveLength(5);
  expect(evidence.map((e) => e.source.id).sort()).toEqual(stating.sort());
  expect(evidence).toContainEqual({
    kind: 'CITATION',
    excerpt: null,
    statement: expect.stringContaining('runs the network'),
    locator: 'Opening paragraphs',
    source: {
      id: 'source:strongcities-2016-05-first-global-summit-antalya',
      address: expect.stringMatching(/^https:\/\/strongcitiesnetwork\.org\/blog\/2016\/05\/25\//),
      title: expect.stringContaining('Global Summit'),
      publisher: 'Strong Cities Network',
      consultedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      file: null,
      date: { iso: '2016-05-25', precision: 'DAY' },
    },
  });
});
