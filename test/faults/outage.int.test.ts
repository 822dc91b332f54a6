import { Writable } from 'node:stream';
import pino from 'pino';
import { Database } from '../../src/database/database';
import { Service, startService } from '../../src/server';

// Neo4j down: a Bolt address where nothing listens (port 1 on loopback). Every query shape that reads an
// entity by id must fail with DATABASE_UNAVAILABLE, never answer as if the id did not exist.

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

let db: Database;
let service: Service;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = new Database({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  service = await startService({ db, logger: pino({ level: 'info' }, sink), production: true }, 0, '127.0.0.1');
});
afterAll(async () => {
  await service.stop();
  await db.close();
});

async function post(query: string, headers: Record<string, string> = {}): Promise<{ status: number; requestId: string | null; body: GraphQLBody }> {
  const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as GraphQLBody };
}

const BY_ID = {
  node: '{ node(id: "city:durres") { id } }',
  entities: '{ entities(ids: ["city:durres", "city:aarhus"]) { id } }',
  neighborhood: '{ neighborhood(id: "city:durres") { nodes { id } } }',
  shortestPathEqualEnds: '{ shortestPath(fromId: "city:durres", toId: "city:durres") { length } }',
  allShortestPathsEqualEnds: '{ allShortestPaths(fromId: "city:durres", toId: "city:durres") { length } }',
};

test.each(Object.entries(BY_ID))('Outage: %s answers DATABASE_UNAVAILABLE (503), not "not found"', async (_shape, query) => {
  const { status, body } = await post(query);
  expect(body.errors?.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
  expect(status).toBe(503);
  const values = Object.values(body.data ?? {});
  expect(values.every((value) => value === null)).toBe(true);
});

test('Outage: the client gets a stable code, a plain message and the request id, never Neo4j internals', async () => {
  const { body, requestId } = await post(BY_ID.node);
  const [error] = body.errors ?? [];
  expect(error.message).toBe('The graph database is not reachable; try again shortly.');
  expect(error.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', requestId });
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(JSON.stringify(body)).not.toMatch(/neo4j|bolt|ServiceUnavailable|stack/i);
});

test('Outage: the server log has the Neo4j code and message once, on a line with the request id', async () => {
  const { requestId } = await post(BY_ID.entities, { 'X-Request-Id': 'trace-abc.123' });
  expect(requestId).toBe('trace-abc.123');
  const lines = logLines.filter((line) => line.reqId === 'trace-abc.123');
  const errors = lines.filter((line) => line.code === 'DATABASE_UNAVAILABLE');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ level: 50, neo4jCode: 'ServiceUnavailable', path: 'entities' });
  expect(String(errors[0].neo4jMessage)).toMatch(/127\.0\.0\.1:1|connect/i);
  // The request line at the end carries the same id.
  expect(lines.some((line) => (line.res as { statusCode?: number } | undefined)?.statusCode === 503)).toBe(true);
});

test('Outage: an unusable incoming X-Request-Id is replaced by a fresh one', async () => {
  const { requestId, body } = await post(BY_ID.node, { 'X-Request-Id': 'bad id <script>' });
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.errors?.[0].extensions.requestId).toBe(requestId);
});

test('Outage: /health and /export answer 503 with a JSON code', async () => {
  const base = service.url.replace(/\/graphql$/, '');
  const health = await fetch(`${base}/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: 'unavailable', error: 'DATABASE_UNAVAILABLE', neo4j: { reachable: false } });
  const exported = await fetch(`${base}/export?format=json`);
  expect(exported.status).toBe(503);
  expect(await exported.json()).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: 'The graph database is not reachable; try again shortly.' } });
});

test('Outage: a write with an API key answers DATABASE_UNAVAILABLE (503) while the key cannot be checked, never a 500', async () => {
  // A well-formed key: checking it needs Neo4j, which is down.
  const key = `scn_${'0'.repeat(12)}_${'a'.repeat(43)}`;
  const { status, body } = await post('mutation { deleteEntity(id: "city:durres") { changeId } }', { authorization: `Bearer ${key}` });
  expect({ status, codes: body.errors?.map((e) => e.extensions.code) }).toEqual({ status: 503, codes: ['DATABASE_UNAVAILABLE'] });
});
