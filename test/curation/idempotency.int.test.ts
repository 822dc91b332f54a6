import { startTestService, TestService } from '../support/testService';
import { createTestKey } from '../support/apiKeys';
import { deleteCurationTestData } from '../support/curation';
import { graphState, GraphState } from '../support/hostileGraph';
import { runFixture } from '../support/cypherFixture';
import { IDEMPOTENCY_TTL_MS, removeExpiredAnswers } from '../../src/curation/idempotentRequests';

const EDITOR = 'idempotency test editor';
/** The entities the tests write (all removed afterwards). */
const ID = {
  source: 'source:idempotency-test',
  other: 'source:idempotency-test-other',
  raced: 'source:idempotency-test-raced',
  later: 'source:idempotency-test-later',
  imported: 'country:idempotency-test-land',
};
const { source: SOURCE, other: OTHER, raced: RACED, later: LATER, imported: IMPORTED } = ID;

const CREATE_SOURCE = `mutation Create($id: ID!, $name: String!) {
  createSource(input: { id: $id, name: $name, documentType: "web page", address: "https://example.org/idempotency", title: "Idempotency test", publisher: "Test publisher" }) {
    changeId changed entity { id name }
  }
}`;

interface Answer {
  status: number;
  body: { data?: Record<string, { changeId: string | null; changed: string[] } | null> | null; errors?: { message: string; extensions: { code: string; argument?: string } }[]; extensions?: { bookmark?: string } };
  replayed: string | null;
  bookmark: string | null;
}

describe('Idempotency: writes safe to retry with an Idempotency-Key', () => {
  let svc: TestService;
  let key: string;
  let seeded: GraphState;

  beforeAll(async () => {
    svc = await startTestService();
    seeded = await graphState(svc.db);
    key = await createTestKey(svc.db, 'editor', EDITOR);
  });
  afterAll(async () => {
    await deleteCurationTestData(svc.db, Object.values(ID), [EDITOR]);
    expect(await graphState(svc.db)).toEqual(seeded);
    await svc.stop();
  });

  async function post(query: string, variables: Record<string, unknown>, idempotencyKey?: string): Promise<Answer> {
    const res = await fetch(svc.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'], replayed: res.headers.get('idempotency-replayed'), bookmark: res.headers.get('neo4j-bookmark') };
  }
  const changes = async () => (await graphState(svc.db)).counts.changes;
  const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions.code);

  it('Idempotency: a retry with the same key writes once and gets the first answer back, marked as replayed; without a key a write runs as before', async () => {
    const before = await changes();
    const first = await post(CREATE_SOURCE, { id: SOURCE, name: 'Idempotency test page' }, 'create-source-1');
    expect({ status: first.status, errors: first.body.errors, replayed: first.replayed }).toEqual({ status: 200, errors: undefined, replayed: null });
    expect(first.body.data?.createSource).toEqual({ changeId: expect.any(String), changed: [SOURCE], entity: { id: SOURCE, name: 'Idempotency test page' } });
    expect(first.bookmark).toEqual(expect.any(String));

    const retry = await post(CREATE_SOURCE, { id: SOURCE, name: 'Idempotency test page' }, 'create-source-1');
    expect({ status: retry.status, body: { data: retry.body.data, errors: retry.body.errors }, replayed: retry.replayed }).toEqual({ status: 200, body: { data: first.body.data, errors: undefined }, replayed: 'true' });
    expect(await changes()).toBe(before + 1);

    // Without the header, the same write is refused as it always was: the id is taken.
    const unkeyed = await post(CREATE_SOURCE, { id: SOURCE, name: 'Idempotency test page' });
    expect({ codes: codes(unkeyed), replayed: unkeyed.replayed }).toEqual({ codes: ['CONFLICT'], replayed: null });
    expect(await changes()).toBe(before + 1);
  });

  it('Idempotency: the same key with a different request is a 422 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const before = await graphState(svc.db);
    const reused = await post(CREATE_SOURCE, { id: OTHER, name: 'Another page' }, 'create-source-1');
    expect({ status: reused.status, codes: codes(reused), data: reused.body.data ?? null }).toEqual({ status: 422, codes: ['IDEMPOTENCY_KEY_REUSED'], data: null });
    expect(await graphState(svc.db)).toEqual(before);
  });

  it('Idempotency: two requests at once with one key write once, and both get that write\'s answer', async () => {
    const before = await changes();
    const answers = await Promise.all([1, 2].map(() => post(CREATE_SOURCE, { id: RACED, name: 'Raced page' }, 'raced-1')));
    // Each is either the answer of the one write or a 409 "in progress" to retry: never a second write or a CONFLICT "taken".
    const outcomes = answers.map((a) => (a.status === 409 ? 'in progress' : a.body.data?.createSource?.changeId));
    const written = outcomes.filter((o) => o !== 'in progress');
    expect(written.length).toBeGreaterThan(0);
    expect(new Set(written).size).toBe(1);
    for (const answer of answers) {
      expect(answer.status === 409 ? codes(answer) : { status: answer.status, errors: answer.body.errors }).toEqual(answer.status === 409 ? ['CONFLICT'] : { status: 200, errors: undefined });
    }
    // The one that wrote says nothing; the other, waiting for the first's claim, answers with the stored answer.
    const replays = answers.filter((a) => a.status === 200).map((a) => a.replayed ?? 'wrote').sort();
    expect(replays).toEqual(answers.length === replays.length ? ['true', 'wrote'] : ['wrote']);
    expect(await changes()).toBe(before + 1);
  });

  it('Idempotency: in a document of several mutations, a retry replays the fields that committed and runs again only the one that failed', async () => {
    const document = `mutation Both($id: ID!, $name: String!, $later: ID!) {
      a: createSource(input: { id: $id, name: $name, documentType: "web page", address: "https://example.org/both", title: "Both", publisher: "Test publisher" }) { changeId changed }
      b: deleteEntity(id: $later) { changed }
    }`;
    const variables = { id: OTHER, name: 'Other page', later: LATER };
    const first = await post(document, variables, 'both-1');
    // b failed, and with it the whole answer (its fields are non-null), though a committed: the client cannot tell.
    expect({ data: first.body.data, codes: codes(first) }).toEqual({ data: null, codes: ['NOT_FOUND'] });
    const [source] = await svc.db.read('entities-by-id', { ids: [OTHER] });
    expect(source).toBeDefined();

    // Once the entity b needs exists, the retry replays a (no second source, no CONFLICT) and runs b.
    expect(codes(await post(CREATE_SOURCE, { id: LATER, name: 'Later page' }))).toEqual([]);
    const before = await changes();
    const retry = await post(document, variables, 'both-1');
    expect({ a: retry.body.data?.a?.changed, b: retry.body.data?.b, errors: retry.body.errors, replayed: retry.replayed }).toEqual({ a: [OTHER], b: { changed: [LATER] }, errors: undefined, replayed: null });
    expect(await changes()).toBe(before + 1);
    const again = await post(document, variables, 'both-1');
    expect({ data: again.body.data, replayed: again.replayed }).toEqual({ data: retry.body.data, replayed: 'true' });
    expect(await changes()).toBe(before + 1);
  });

  it('Idempotency: a dry run with a key writes and stores nothing', async () => {
    const before = await graphState(svc.db);
    const document = {
      source: { id: 'source:idempotency-test-import', name: 'Idempotency import page', address: 'https://example.org/idempotency-import', title: 'Import', publisher: 'Test publisher', documentType: 'web page', evidence: [] },
      entities: [{ id: IMPORTED, kind: 'Country', name: 'Idempotland', aliases: [], evidence: [{ statement: 'Idempotland is named.', locator: 'Body' }] }],
      relationships: [],
    };
    const dry = await post('mutation Import($document: JSONObject!) { importDocument(document: $document, dryRun: true) { createdCount dryRun changeId } }', { document }, 'dry-run-1');
    expect({ data: dry.body.data, errors: dry.body.errors }).toEqual({ data: { importDocument: { createdCount: 2, dryRun: true, changeId: null } }, errors: undefined });
    expect(await graphState(svc.db)).toEqual(before);
  });

  it('Idempotency: a malformed key, or a key on createApiKey (whose secret is never stored), is a 400 naming the header', async () => {
    const before = await graphState(svc.db);
    for (const bad of ['', 'x'.repeat(101), 'has space', 'ünïcode', 'a,b']) {
      const answer = await post(CREATE_SOURCE, { id: OTHER, name: 'Bad key' }, bad);
      expect({ bad, status: answer.status, error: answer.body.errors?.[0]?.extensions }).toEqual({ bad, status: 400, error: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'Idempotency-Key' }) });
    }
    const keyed = await post('mutation { createApiKey(name: "never made", role: reader) { id } }', {}, 'create-key-1');
    expect({ status: keyed.status, argument: keyed.body.errors?.[0]?.extensions.argument }).toEqual({ status: 400, argument: 'Idempotency-Key' });
    // On a query the header means nothing.
    const read = await post('{ node(id: "network:scn") { id } }', {}, 'not checked on reads!');
    expect({ status: read.status, data: read.body.data }).toEqual({ status: 200, data: { node: { id: 'network:scn' } } });
    expect(await graphState(svc.db)).toEqual(before);
  });

  it('Idempotency: answers are kept 24 hours; an expired key is free again, and expired records are removed', async () => {
    const [row] = await svc.db.read('api-key-by-id', { id: key.split('_')[1] });
    const apiKeyId = String(row.id);
    const expired = new Date(Date.now() - IDEMPOTENCY_TTL_MS - 60_000).toISOString();
    const stale = { apiKeyId, path: 'createSource', requestHash: 'an older request', response: 'null', at: expired };
    await runFixture(svc.db, 'create-idempotent-request', { ...stale, key: 'old-1' });
    await runFixture(svc.db, 'create-idempotent-request', { ...stale, key: 'old-2' });
    // old-1 stood for another request, a day ago: now it is free, and this write runs (the last test deleted LATER).
    const fresh = await post(CREATE_SOURCE, { id: LATER, name: 'Later page' }, 'old-1');
    expect({ errors: fresh.body.errors, changed: fresh.body.data?.createSource?.changed }).toEqual({ errors: undefined, changed: [LATER] });
    expect(await removeExpiredAnswers(svc.db)).toBeGreaterThanOrEqual(1);
    const [left] = await runFixture(svc.db, 'idempotent-request-keys', { keyName: EDITOR });
    expect(left.claims).toEqual(['both-1 a', 'both-1 b', 'create-source-1 createSource', 'old-1 createSource', 'raced-1 createSource']);
  });
});
