import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createScnClient } from '../../src/client';
import { startTestService, TestService } from '../support/testService';
import { testDatabaseSettings } from '../support/testDatabase';
import { createTestKey } from '../support/apiKeys';
import { deleteCurationTestData } from '../support/curation';
import { graphState, GraphState } from '../support/hostileGraph';
import { expectJsonError } from '../support/expectJsonError';

const EDITOR = 'replicas test editor';
const VIA_A = 'source:replicas-test-a';
const VIA_ROUTING = 'source:replicas-test-routing';

const CREATE_SOURCE = parse(`mutation Create($id: ID!, $name: String!) {
  createSource(input: { id: $id, name: $name, documentType: "web page", address: "https://example.org/replicas", title: "Replicas test", publisher: "Test publisher" }) { changed }
}`) as TypedDocumentNode<{ createSource: { changed: string[] } }, { id: string; name: string }>;
const DELETE = parse('mutation Delete($id: ID!) { deleteEntity(id: $id) { changed } }') as TypedDocumentNode<{ deleteEntity: { changed: string[] } }, { id: string }>;

/** A Neo4j bookmark for a transaction far beyond any this database has committed: no server can catch up with it. */
function futureBookmark(real: string): string {
  // FB: + PackStream: a list marker, the database id (16 bytes, with its 3-byte header) and the transaction id, then an empty list.
  const bytes = Buffer.from(real.slice('FB:'.length), 'base64');
  return `FB:${Buffer.concat([bytes.subarray(0, 19), Buffer.from([0xca, 0x00, 0x98, 0x96, 0x80, 0x90])]).toString('base64')}`;
}

describe('Replicas: several service instances on one Neo4j', () => {
  let a: TestService;
  let b: TestService;
  let routing: TestService;
  let seeded: GraphState;
  let auth: Record<string, string>;
  /** The Neo4j-Bookmark header of every request the clients below sent, in order. */
  const sent: (string | null)[] = [];
  const recording: typeof fetch = (input, init) => {
    sent.push(new Headers(init?.headers).get('neo4j-bookmark'));
    return fetch(input, init);
  };

  beforeAll(async () => {
    // Each instance is its own express and Apollo server, with its own schema object and its own Database and driver.
    [a, b, routing] = await Promise.all([startTestService(), startTestService(), startTestService({}, { uri: testDatabaseSettings().uri.replace(/^bolt:/, 'neo4j:') })]);
    seeded = await graphState(a.db);
    auth = { authorization: `Bearer ${await createTestKey(a.db, 'editor', EDITOR)}` };
  });
  afterAll(async () => {
    await deleteCurationTestData(a.db, [VIA_A, VIA_ROUTING], [EDITOR]);
    expect(await graphState(a.db)).toEqual(seeded);
    await Promise.all([a, b, routing].map((s) => s.stop()));
  });

  it("Replicas: a curator's write through replica A, read through replica B with its bookmark, is there; the client sends its last bookmark by itself", async () => {
    const curator = createScnClient(a.service.url, { headers: auth, fetch: recording });
    expect(curator.bookmark).toBeNull();
    await curator.request(CREATE_SOURCE, { id: VIA_A, name: 'Written through A' });
    const bookmark = curator.bookmark;
    expect(bookmark).toEqual(expect.stringMatching(/\S/));

    const onB = createScnClient(b.service.url, { bookmark: bookmark!, fetch: recording });
    expect((await onB.entity(VIA_A))?.name).toBe('Written through A');
    // The curator's next request, on A, carries its write's bookmark too; a read leaves the bookmark as it was.
    expect((await curator.entity(VIA_A))?.name).toBe('Written through A');
    expect({ sent, after: curator.bookmark }).toEqual({ sent: [null, bookmark, bookmark], after: bookmark });

    // Without a bookmark, B answers as ever; the header and extensions.bookmark come only after a write.
    const plain = await fetch(b.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ node(id: "${VIA_A}") { name } }` }) });
    const body = (await plain.json()) as { data: unknown; extensions?: unknown };
    expect({ status: plain.status, bookmark: plain.headers.get('neo4j-bookmark'), body }).toEqual({ status: 200, bookmark: null, body: { data: { node: { name: 'Written through A' } } } });
  });

  it('Replicas: a write answers its bookmark in the header and in extensions.bookmark; a malformed or unknown bookmark is a 400 naming the header, one no server reaches in time a 504', async () => {
    const deleted = await fetch(a.service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: `mutation { deleteEntity(id: "${VIA_A}") { changed } }` }) });
    const body = (await deleted.json()) as { data: { deleteEntity: { changed: string[] } }; extensions: { bookmark: string } };
    expect(body.data.deleteEntity.changed).toEqual([VIA_A]);
    const bookmark = deleted.headers.get('neo4j-bookmark');
    expect(body.extensions.bookmark).toBe(bookmark);

    const read = (service: TestService, header: string) =>
      fetch(service.service.url, { method: 'POST', headers: { 'content-type': 'application/json', 'neo4j-bookmark': header }, body: JSON.stringify({ query: `{ node(id: "${VIA_A}") { id } }` }) });
    // Two bookmarks, comma-separated, are fine: the deleted entity is gone on B too.
    expect(await (await read(b, `${bookmark!}, ${bookmark!}`)).json()).toEqual({ data: { node: null } });
    for (const malformed of ['not a bookmark!', `${bookmark!},,${bookmark!}`, 'x'.repeat(1001)]) {
      expect((await expectJsonError(await read(b, malformed), 400, 'BAD_USER_INPUT')).extensions).toMatchObject({ argument: 'Neo4j-Bookmark' });
    }
    // Well-formed but no bookmark of this database: Neo4j refuses it, and the client is told so.
    expect((await expectJsonError(await read(b, 'FB:garbage'), 400, 'BAD_USER_INPUT')).extensions).toMatchObject({ argument: 'Neo4j-Bookmark' });

    // A write the server has not seen (here: never will): the read waits for it, until the request's deadline.
    const impatient = await startTestService({}, { requestTimeoutMs: 1_500 });
    try {
      const error = await expectJsonError(await read(impatient, futureBookmark(bookmark!)), 504, 'DATABASE_TIMEOUT');
      expect(error.message).toMatch(/did not answer in time/);
    } finally {
      await impatient.stop();
    }
  });

  it('Replicas: through a neo4j:// routing URI, writes (write sessions) and reads (read sessions) work, and its bookmark reads on a bolt:// replica', async () => {
    const curator = createScnClient(routing.service.url, { headers: auth });
    expect((await curator.request(CREATE_SOURCE, { id: VIA_ROUTING, name: 'Written through routing' })).createSource.changed).toEqual([VIA_ROUTING]);
    expect((await curator.entity(VIA_ROUTING))?.name).toBe('Written through routing');
    expect((await createScnClient(b.service.url, { bookmark: curator.bookmark! }).entity(VIA_ROUTING))?.name).toBe('Written through routing');
    const health = await fetch(`${routing.baseUrl}/health`);
    expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', neo4j: expect.objectContaining({ reachable: true }) }) });
    expect((await curator.request(DELETE, { id: VIA_ROUTING })).deleteEntity.changed).toEqual([VIA_ROUTING]);
    expect(await curator.entity(VIA_ROUTING)).toBeNull();
  });
});
