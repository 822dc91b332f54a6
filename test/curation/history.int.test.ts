import { GraphQLClient, gql } from 'graphql-request';
import { TestService, startTestService } from '../support/testService';
import { clientWithKey, createTestKey } from '../support/apiKeys';
import { deleteCurationTestData, graphqlError } from '../support/curation';
import { graphState } from '../support/hostileGraph';

const EDITOR = 'history test editor';
const ADMIN = 'history test admin';
const SOURCE = 'source:test-history-doc';
const CITY = 'city:test-history-town';
const COUNTRY = 'country:test-history-land';

const IMPORT = gql`
  mutation Import($document: JSONObject!) { importDocument(document: $document) { changeId createdCount changedCount } }
`;
const REVERT = gql`
  mutation Revert($changeId: ID!) { revertChange(changeId: $changeId) { changeId reverted restored } }
`;
const HISTORY = gql`
  query History($id: ID!, $first: Int, $after: String) {
    history(id: $id, first: $first, after: $after) {
      changeId at by operation subject subjectType entityId from type to before after changedProperties reverts revertedBy cursor
    }
  }
`;

interface Change {
  changeId: string; at: string; by: string; operation: string; subject: string; subjectType: string; entityId: string | null;
  from: string | null; type: string | null; to: string | null; before: { kind?: string; properties: Record<string, unknown> } | null;
  after: { kind?: string; properties: Record<string, unknown> } | null; changedProperties: string[]; reverts: string | null; revertedBy: string | null; cursor: string;
}

const cited = (statement: string) => [{ statement, locator: 'Body' }];
function document(cityName: string) {
  return {
    source: { id: SOURCE, name: 'History test page', address: 'https://example.org/history-test', title: 'History test page', publisher: 'Test publisher', documentType: 'web page', evidence: [] },
    entities: [
      { id: CITY, kind: 'City', name: cityName, aliases: [], evidence: cited(`${cityName} is named.`) },
      { id: COUNTRY, kind: 'Country', name: 'Historia', aliases: [], evidence: cited('Historia is named.') },
    ],
    relationships: [
      { type: 'LOCATED_IN', from: CITY, to: COUNTRY, evidence: cited('The town is in Historia.') },
      { type: 'MEMBER_OF', from: CITY, to: 'network:scn', evidence: cited('The town is a member.') },
    ],
  };
}

let svc: TestService;
let editor: GraphQLClient;
let editorKey: string;
const history = async (id: string, first?: number, after?: string) => (await svc.client.request<{ history: Change[] }>(HISTORY, { id, first, after })).history;
const revert = async (changeId: string) => (await editor.request<{ revertChange: { changeId: string; reverted: string; restored: number } }>(REVERT, { changeId })).revertChange;
const importDoc = async (name: string) => (await editor.request<{ importDocument: { changeId: string } }>(IMPORT, { document: document(name) })).importDocument.changeId;

beforeAll(async () => {
  svc = await startTestService();
  editorKey = await createTestKey(svc.db, 'editor', EDITOR);
  editor = clientWithKey(svc.service.url, editorKey);
});
afterAll(async () => {
  await deleteCurationTestData(svc.db, [SOURCE, CITY, COUNTRY], [EDITOR, ADMIN]);
  await svc.stop();
});

test('History: an import is shown newest first with who, what and before/after; reverts put the graph back exactly, and can be reverted', async () => {
  const seeded = await graphState(svc.db);
  const created = await importDoc('Historyville');
  const afterCreate = await graphState(svc.db);
  const renamed = await importDoc('Historyville-on-Sea');
  const afterRename = await graphState(svc.db);

  // Anyone may read history: the anonymous client asks. Newest first; the entity and its relationships at either end.
  const entries = await history(CITY);
  expect(entries.map((e) => [e.changeId, e.subject])).toEqual([
    [renamed, CITY],
    [created, CITY],
    [created, `${CITY} LOCATED_IN ${COUNTRY}`],
    [created, `${CITY} MEMBER_OF network:scn`],
  ]);
  const [rename, create] = entries;
  expect(rename).toMatchObject({ by: EDITOR, operation: 'importDocument', subjectType: 'ENTITY', entityId: CITY, from: null, reverts: null, revertedBy: null });
  expect(rename.before?.properties.name).toBe('Historyville');
  expect(rename.after?.properties.name).toBe('Historyville-on-Sea');
  expect(rename.changedProperties).toEqual(expect.arrayContaining(['name', 'sortName', 'claimValues', 'evidenceStatements']));
  expect(rename.changedProperties).not.toContain('kind');
  expect(create).toMatchObject({ before: null, after: { kind: 'City' } });
  expect(create.changedProperties).toContain('kind');
  expect(entries.find((e) => e.subjectType === 'RELATIONSHIP')).toMatchObject({ entityId: null, from: CITY, type: 'LOCATED_IN', to: COUNTRY });
  expect(JSON.stringify(entries)).not.toContain(editorKey.split('_')[1]);
  // The country's history holds the relationship that ends at it.
  expect((await history(COUNTRY)).map((e) => e.subject)).toEqual(expect.arrayContaining([`${CITY} LOCATED_IN ${COUNTRY}`, COUNTRY]));
  // Pages: one entry at a time, following the cursor, gives the same list.
  const paged: Change[] = [];
  for (let page = await history(CITY, 1); page.length > 0; page = await history(CITY, 1, page[0].cursor)) paged.push(...page);
  expect(paged).toEqual(entries);

  // The first import cannot be reverted while the rename stands on it.
  const blocked = await graphqlError(revert(created));
  expect(blocked).toMatchObject({ code: 'CONFLICT' });
  expect(blocked.message).toContain(`entity ${CITY} has changed since`);

  const undoRename = await revert(renamed);
  expect(undoRename).toMatchObject({ reverted: renamed, restored: 1 });
  expect((await graphState(svc.db)).checksum).toBe(afterCreate.checksum);
  const [revertEntry, renameEntry] = await history(CITY, 2);
  expect(revertEntry).toMatchObject({ changeId: undoRename.changeId, operation: 'revertChange', reverts: renamed, by: EDITOR });
  expect(renameEntry).toMatchObject({ changeId: renamed, revertedBy: undoRename.changeId });

  const twice = await graphqlError(revert(renamed));
  expect(twice.code).toBe('CONFLICT');
  expect(twice.message).toContain(`already reverted by change ${undoRename.changeId}`);

  // Reverting the revert applies the rename again; reverting that, then the first import, gives back the seeded graph.
  const redo = await revert(undoRename.changeId);
  expect((await graphState(svc.db)).checksum).toBe(afterRename.checksum);
  await revert(redo.changeId);
  expect((await graphState(svc.db)).checksum).toBe(afterCreate.checksum);
  const undoCreate = await revert(created);
  expect(undoCreate.restored).toBe(5);
  expect((await graphState(svc.db)).checksum).toBe(seeded.checksum);
  expect((await svc.client.request<{ node: null }>(gql`{ node(id: "${CITY}") { id } }`)).node).toBeNull();
  // Deleted, the town keeps its history.
  expect((await history(CITY, 1))[0]).toMatchObject({ changeId: undoCreate.changeId, before: { kind: 'City' }, after: null });
});

test('History: unknown changes, bad arguments and everyone\'s changes without the admin role are refused; an admin sees recent changes by key and operation', async () => {
  const unknown = await graphqlError(revert('no-such-change'));
  expect(unknown.code).toBe('NOT_FOUND');
  expect(unknown.message).toContain('changeId');
  const badFirst = await graphqlError(history(CITY, 201));
  expect([badFirst.code, badFirst.message]).toEqual(['BAD_USER_INPUT', 'Argument "first" must not be greater than 200.']);
  const badCursor = await graphqlError(history(CITY, 1, 'not-a-cursor'));
  expect(badCursor.code).toBe('BAD_USER_INPUT');
  const RECENT = gql`
    query Recent($by: String, $operation: String, $since: String) { recentChanges(by: $by, operation: $operation, since: $since, first: 200) { changeId by operation subject } }
  `;
  const forbidden = await graphqlError(editor.request(RECENT, {}));
  expect([forbidden.code, forbidden.status]).toEqual(['FORBIDDEN', 403]);
  const admin = clientWithKey(svc.service.url, await createTestKey(svc.db, 'admin', ADMIN));
  const { recentChanges } = await admin.request<{ recentChanges: { by: string; operation: string; subject: string }[] }>(RECENT, { by: EDITOR, operation: 'revertChange', since: '2000-01-01' });
  expect(recentChanges.length).toBeGreaterThan(0);
  expect(new Set(recentChanges.map((c) => `${c.by} ${c.operation}`))).toEqual(new Set([`${EDITOR} revertChange`]));
  const badSince = await graphqlError(admin.request(RECENT, { since: 'yesterday' }));
  expect([badSince.code, badSince.message]).toEqual(['BAD_USER_INPUT', expect.stringContaining('Argument "since" must be an ISO 8601 date')]);
});
