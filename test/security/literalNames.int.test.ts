import { gql } from 'graphql-request';
import { clientWithKey, createTestKey } from '../support/apiKeys';
import { deleteCurationTestData } from '../support/curation';
import { graphState } from '../support/hostileGraph';
import { CYPHER_STRINGS, LUCENE_STRINGS } from '../support/hostileValues';
import { startTestService, TestService } from '../support/testService';

// Not injection: a write whose names are made of injection-like text succeeds, and the text is stored as written.

const EDITOR = 'hostile names editor';
const SOURCE = 'source:test-hostile-names';
const CITY = 'city:test-hostile-names';
const NAME = CYPHER_STRINGS[0];
const ALIASES = [CYPHER_STRINGS[1], `${LUCENE_STRINGS[1]} ${LUCENE_STRINGS[3]}`, '`x` $param :Label \u202eelbatsiv'];

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await deleteCurationTestData(t.db, [SOURCE, CITY], [EDITOR]);
  await t.stop();
});

test('Hostile input: a city named with Cypher and Lucene text is stored and read back literally, and the graph is as before once it is removed', async () => {
  const before = await graphState(t.db);
  const editor = clientWithKey(t.service.url, await createTestKey(t.db, 'editor', EDITOR));
  const document = {
    source: { id: SOURCE, name: 'Hostile names page', address: 'https://example.org/hostile-names', title: 'Hostile names page', publisher: 'Test publisher', documentType: 'web page', evidence: [] },
    entities: [{ id: CITY, kind: 'City', name: NAME, aliases: ALIASES, evidence: [{ statement: 'The city is named so.', locator: 'Body' }] }],
    relationships: [],
  };
  const imported = await editor.request<{ importDocument: { changeId: string | null; createdCount: number } }>(
    gql`mutation ($document: JSONObject!) { importDocument(document: $document) { changeId createdCount } }`,
    { document },
  );
  expect(imported.importDocument).toEqual({ changeId: expect.any(String), createdCount: 2 });

  const read = await t.client.request<{ node: { id: string; name: string; aliases: string[] }; entities: { id: string }[] }>(
    gql`query ($id: ID!) { node(id: $id) { id name aliases } entities(ids: [$id, "city:durres"]) { id } }`,
    { id: CITY },
  );
  expect(read.node).toEqual({ id: CITY, name: NAME, aliases: expect.arrayContaining(ALIASES) });
  expect(read.node.aliases).toHaveLength(ALIASES.length);
  expect(read.entities.map((e) => e.id)).toEqual([CITY, 'city:durres']);
  // The seeded graph was not touched by the text: Durrës is still there.
  const durres = await t.client.request<{ node: { name: string } }>(gql`{ node(id: "city:durres") { name } }`);
  expect(durres.node.name).toBe('Durrës');

  await deleteCurationTestData(t.db, [SOURCE, CITY], [EDITOR]);
  expect(await graphState(t.db)).toEqual(before);
});
