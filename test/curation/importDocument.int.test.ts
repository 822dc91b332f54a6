import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLClient, gql } from 'graphql-request';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { WRITE_COST, WRITE_ITEM_COST } from '../../src/resolvers/fields/fieldCost';
import { TestService, startTestService } from '../support/testService';
import { clientWithKey, createTestKey } from '../support/apiKeys';
import { deleteCurationTestData, graphqlError } from '../support/curation';
import { graphState } from '../support/hostileGraph';

const EDITOR = 'import test editor';
const READER = 'import test reader';
const SOURCE = 'source:test-import-doc';
const IDS = [SOURCE, 'city:test-import-alpha', 'city:test-import-beta', 'country:test-import-land', 'city:test-import-gamma', 'city:test-import-delta'];

const IMPORT = gql`
  mutation Import($document: JSONObject!, $dryRun: Boolean) {
    importDocument(document: $document, dryRun: $dryRun) {
      created { subject subjectType id from type to }
      changed { subject subjectType }
      pruned { subject subjectType }
      unchanged { subject subjectType }
      createdCount changedCount prunedCount unchangedCount changeId dryRun
    }
  }
`;

interface Subject { subject: string; subjectType: string }
interface Report { created: Subject[]; changed: Subject[]; pruned: Subject[]; unchanged: Subject[]; createdCount: number; changedCount: number; prunedCount: number; unchangedCount: number; changeId: string | null; dryRun: boolean }

const cited = (statement: string) => [{ statement, locator: 'Body' }];
const city = (id: string, name: string) => ({ id, kind: 'City', name, aliases: [], evidence: cited(`${name} is named.`) });
const rel = (type: string, from: string, to: string) => ({ type, from, to, evidence: cited(`${from} ${type} ${to}.`) });

/** A test document cited by reference: two cities in a new country, one of them a member of the seeded network. */
function document(overrides: { entities?: unknown[]; relationships?: unknown[] } = {}) {
  return {
    source: { id: SOURCE, name: 'Import test page', address: 'https://example.org/import-test', title: 'Import test page', publisher: 'Test publisher', documentType: 'web page', evidence: [] },
    entities: overrides.entities ?? [city('city:test-import-alpha', 'Alphaville'), city('city:test-import-beta', 'Betatown'), { id: 'country:test-import-land', kind: 'Country', name: 'Testland', aliases: [], evidence: cited('Testland is named.') }],
    relationships: overrides.relationships ?? [
      rel('LOCATED_IN', 'city:test-import-alpha', 'country:test-import-land'),
      rel('LOCATED_IN', 'city:test-import-beta', 'country:test-import-land'),
      rel('MEMBER_OF', 'city:test-import-alpha', 'network:scn'),
    ],
  };
}

/** The seed post, the one source held as text, whose text the service reads from a temp dir (texts are kept outside the repository). */
const HELD_TEXT = 'scn-western-balkans-workshop-durres.txt';
const texts = mkdtempSync(join(tmpdir(), 'scn-import-texts-'));
// The text itself is kept outside the repository: the test's stand-in is every excerpt its seed file quotes from it,
// each verbatim in the real text (npm run check-evidence verifies that), one per line.
const heldSeed = JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'scn-western-balkans-workshop-durres.json'), 'utf8')) as unknown;
writeFileSync(join(texts, HELD_TEXT), [...JSON.stringify(heldSeed).matchAll(/"excerpt":("(?:[^"\\]|\\.)*")/g)].map(([, quoted]) => JSON.parse(quoted) as string).join('\n'));

let svc: TestService;
let editor: GraphQLClient;
const run = async (doc: unknown, dryRun?: boolean) => (await editor.request<{ importDocument: Report }>(IMPORT, { document: doc, dryRun })).importDocument;
const subjects = (list: Subject[]) => list.map((s) => s.subject).sort();

beforeAll(async () => {
  svc = await startTestService({ sourceTextsDir: texts });
  editor = clientWithKey(svc.service.url, await createTestKey(svc.db, 'editor', EDITOR));
});
afterAll(async () => {
  await deleteCurationTestData(svc.db, IDS, [EDITOR, READER]);
  await svc.stop();
  rmSync(texts, { recursive: true, force: true });
});

test('Import: a dry run writes nothing and reports exactly what the real run then does', async () => {
  const before = await graphState(svc.db);
  const dry = await run(document(), true);
  expect(await graphState(svc.db)).toEqual(before);
  expect(dry).toMatchObject({ dryRun: true, changeId: null, createdCount: 7, changedCount: 0, prunedCount: 0, unchangedCount: 0 });
  expect(dry.created).toContainEqual({ subject: 'city:test-import-alpha MEMBER_OF network:scn', subjectType: 'RELATIONSHIP', id: null, from: 'city:test-import-alpha', type: 'MEMBER_OF', to: 'network:scn' });
  expect(dry.created).toContainEqual({ subject: 'country:test-import-land', subjectType: 'ENTITY', id: 'country:test-import-land', from: null, type: null, to: null });

  const real = await run(document());
  expect(real.changeId).toEqual(expect.any(String));
  expect({ ...real, changeId: null, dryRun: true }).toEqual(dry);
  const { node } = await svc.client.request<{ node: { name: string; relationships: { type: string; to: { id: string } }[] } }>(
    gql`{ node(id: "city:test-import-alpha") { name relationships { type to { id } } } }`,
  );
  expect(node.name).toBe('Alphaville');
  expect(node.relationships.map((r) => `${r.type} ${r.to.id}`).sort()).toEqual(['LOCATED_IN country:test-import-land', 'MEMBER_OF network:scn']);
});

test('Import: re-importing the same document changes nothing and records nothing', async () => {
  const before = await graphState(svc.db);
  const again = await run(document());
  expect(again).toMatchObject({ changeId: null, dryRun: false, createdCount: 0, changedCount: 0, prunedCount: 0, unchangedCount: 7 });
  expect(await graphState(svc.db)).toEqual(before);
});

test('Import: a changed document changes what it states differently and prunes what it no longer states', async () => {
  const changed = document({
    entities: [city('city:test-import-alpha', 'Alphaville-on-Sea'), { id: 'country:test-import-land', kind: 'Country', name: 'Testland', aliases: [], evidence: cited('Testland is named.') }],
    relationships: [rel('LOCATED_IN', 'city:test-import-alpha', 'country:test-import-land'), rel('MEMBER_OF', 'city:test-import-alpha', 'network:scn')],
  });
  const dry = await run(changed, true);
  const report = await run(changed);
  expect({ ...report, changeId: null, dryRun: true }).toEqual(dry);
  expect(subjects(report.changed)).toEqual(['city:test-import-alpha']);
  expect(subjects(report.pruned)).toEqual(['city:test-import-beta', 'city:test-import-beta LOCATED_IN country:test-import-land']);
  expect(report.unchangedCount).toBe(4);
  const { node, beta } = await svc.client.request<{ node: { name: string }; beta: null }>(gql`{ node(id: "city:test-import-alpha") { name } beta: node(id: "city:test-import-beta") { id } }`);
  expect(node.name).toBe('Alphaville-on-Sea');
  expect(beta).toBeNull();
});

test('Import: a document whose last relationship points to a missing id writes nothing', async () => {
  const before = await graphState(svc.db);
  const doc = document({
    entities: [city('city:test-import-gamma', 'Gammaford'), city('city:test-import-delta', 'Deltaport'), { id: 'country:test-import-land', kind: 'Country', name: 'Testland', aliases: [], evidence: cited('Testland is named.') }],
    relationships: [
      rel('LOCATED_IN', 'city:test-import-gamma', 'country:test-import-land'),
      rel('MEMBER_OF', 'city:test-import-gamma', 'network:scn'),
      rel('LOCATED_IN', 'city:test-import-delta', 'country:test-import-missing'),
    ],
  });
  const error = await graphqlError(run(doc));
  expect(error.code).toBe('BAD_USER_INPUT');
  expect(error.message).toBe(
    'Argument "document" is not a valid document: source:test-import-doc: relationship #3 (LOCATED_IN city:test-import-delta -> country:test-import-missing): field to: no entity with id country:test-import-missing',
  );
  expect(await graphState(svc.db)).toEqual(before);
});

test('Import: invalid documents, reference data and missing roles are refused, naming the document, the entity and the field', async () => {
  const before = await graphState(svc.db);
  const alpha = city('city:test-import-alpha', 'Alphaville-on-Sea');
  const cases: [unknown, string][] = [
    [document({ entities: [{ ...alpha, kind: 'Country', id: 'city:durres' }], relationships: [] }), 'source:test-import-doc: entity city:durres: field kind: Country here, but stored as a City'],
    [{ reference: { id: 'source:test-import-doc', name: 'x', description: 'y' }, properties: [], relationships: [] }, 'source:test-import-doc: field reference: reference data is imported by the maintainers'],
    [document({ entities: [{ ...alpha, evidence: [] }], relationships: [] }), 'source:test-import-doc: entity city:test-import-alpha: field evidence: '],
    [document({ entities: [alpha], relationships: [rel('LOCATED_IN', 'city:test-import-alpha', 'network:scn')] }), 'relationship #1 (LOCATED_IN city:test-import-alpha -> network:scn): field to: LOCATED_IN cannot end at a Network'],
    [document({ entities: [{ ...alpha, evidence: [{ source: 'source:test-import-nowhere', statement: 'Said elsewhere.' }] }], relationships: [] }), 'entity city:test-import-alpha: field evidence.0.source: no source with id source:test-import-nowhere'],
    [document({ entities: [{ ...alpha, evidence: [{ excerpt: 'Alphaville is a city.' }] }], relationships: [] }), 'entity city:test-import-alpha: field evidence.0.excerpt: source source:test-import-doc is not held as text'],
    [document({ entities: Array.from({ length: 501 }, (_, i) => city(`city:test-import-${i}`, `Town ${i}`)), relationships: [] }), 'source:test-import-doc: field entities: 501 items, at most 500 per document'],
  ];
  for (const [doc, message] of cases) {
    const error = await graphqlError(run(doc));
    expect({ code: error.code, message: error.message }).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining(message) });
  }
  const anonymous = await graphqlError(svc.client.request(IMPORT, { document: document() }));
  expect([anonymous.code, anonymous.status]).toEqual(['UNAUTHENTICATED', 401]);
  const reader = clientWithKey(svc.service.url, await createTestKey(svc.db, 'reader', READER));
  const forbidden = await graphqlError(reader.request(IMPORT, { document: document() }));
  expect([forbidden.code, forbidden.status]).toEqual(['FORBIDDEN', 403]);
  expect(await graphState(svc.db)).toEqual(before);
});

test('Import: an excerpt must stand verbatim in its source\'s text', async () => {
  const quoting = (excerpt: string) => document({ entities: [{ ...city('city:test-import-gamma', 'Gammaford'), evidence: [{ source: 'source:scn-western-balkans-workshop-durres', excerpt }] }], relationships: [] });
  const verbatim = await run(quoting('member cities from across Albania, Bosnia and Herzegovina'), true);
  expect(verbatim.created).toEqual([expect.objectContaining({ subject: 'city:test-import-gamma' })]);
  const altered = await graphqlError(run(quoting('member cities from all over Albania')));
  expect([altered.code, altered.message]).toEqual([
    'BAD_USER_INPUT',
    `Argument "document" is not a valid document: source:test-import-doc: entity city:test-import-gamma: field evidence.0.excerpt: is not a verbatim substring of ${HELD_TEXT}: "member cities from all over Albania"`,
  ]);
});

test('Import: the cost grows by WRITE_ITEM_COST with each entity and relationship of the document', async () => {
  const cost = async (doc: unknown) => Number((await editor.rawRequest(IMPORT, { document: doc, dryRun: true })).headers.get('x-query-cost'));
  const small = await cost(document({ entities: [city('city:test-import-alpha', 'Alphaville')], relationships: [] }));
  expect(small).toBeGreaterThan(WRITE_COST + WRITE_ITEM_COST);
  expect((await cost(document())) - small).toBe(5 * WRITE_ITEM_COST);
});
