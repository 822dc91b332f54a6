import { startTestService, TestService } from '../support/testService';
import { createTestKey } from '../support/apiKeys';
import { runFixture } from '../support/cypherFixture';
import { expectJsonError } from '../support/expectJsonError';

// Tiny limits so the (n+1)th request is refused; anonymous reads off.
const LIMITS = { keyRequestsPerMinute: 6, anonymousRequestsPerMinute: 50, writesPerMinute: 2, badKeysPerMinute: 3 };
const REVOKE = 'mutation { revokeApiKey(id: "000000000000") { id } }';

let t: TestService;
let keep: string[];

function send(init: { key?: string; body?: unknown; method?: string; headers?: Record<string, string>; path?: string }): Promise<Response> {
  return fetch(`${t.baseUrl}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

beforeAll(async () => {
  t = await startTestService({ anonymousReads: false, rateLimits: LIMITS, corsOrigins: ['https://app.example.org'] });
  keep = (await runFixture(t.db, 'api-keys-stored')).map((row) => String(row.id));
});

afterAll(async () => {
  await runFixture(t.db, 'delete-api-keys-except', { keep });
  await t.stop();
});

test('Anonymous reads off: no key gets 401 for GraphQL and /export before any database work; a reader key reads; /health stays open', async () => {
  const { result, queries } = await t.countQueries(async () => [await send({ body: { query: '{ kinds { kind } }' } }), await send({ path: '/export', method: 'GET' })]);
  expect(queries).toEqual([]);
  for (const res of result) {
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectJsonError(res, 401, 'UNAUTHENTICATED');
  }
  const reader = await createTestKey(t.db, 'reader');
  const ok = await send({ key: reader, body: { query: '{ kinds { kind } }' } });
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { data: { kinds: unknown[] } }).data.kinds.length).toBeGreaterThan(0);
  expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
});

test('Rate limits: writes are limited before reads, the key limit next, both 429 with Retry-After naming the limit', async () => {
  const admin = await createTestKey(t.db, 'admin');
  const codes: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const res = await send({ key: admin, body: { query: REVOKE } });
    codes.push(`${res.status} ${((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code}`);
  }
  expect(codes).toEqual(['200 NOT_FOUND', '200 NOT_FOUND', '429 RATE_LIMITED']);
  // Reads of the same key still pass until the general limit (6 requests, 3 used by the writes).
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await send({ key: admin, body: { query: '{ kinds { kind } }' } })).status);
  expect(statuses).toEqual([200, 200, 200, 429]);
  const limited = await send({ key: admin, body: { query: '{ kinds { kind } }' } });
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  const error = (await expectJsonError(limited, 429, 'RATE_LIMITED')) as { extensions: { code: string; limit?: string } };
  expect(error.extensions.limit).toBe('keyRequestsPerMinute');
});

test('CSRF and CORS: a mutation sent as GET and a text/plain POST are refused without writing; preflights allow Authorization only for allowed origins', async () => {
  const admin = await createTestKey(t.db, 'admin');
  const before = (await runFixture(t.db, 'api-keys-stored')).length;
  const mutation = 'mutation { createApiKey(name: "csrf", role: admin) { key } }';
  const get = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent(mutation)}`, { headers: { authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'true' } });
  expect([400, 405]).toContain(get.status);
  expect(get.headers.get('content-type')).toMatch(/json/);
  const plain = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: mutation }) });
  expect(plain.status).toBe(400);
  expect((await runFixture(t.db, 'api-keys-stored')).length).toBe(before);

  const preflight = (origin: string) => fetch(`${t.baseUrl}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
  const allowed = await preflight('https://app.example.org');
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
  expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
});

// Last: it blocks this address for a minute.
test('Brute-force guard: after 3 bad keys from one address, even a valid key is refused with 429', async () => {
  const reader = await createTestKey(t.db, 'reader');
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await send({ key: `scn_00000000000${i}_${'x'.repeat(43)}`, body: { query: '{ kinds { kind } }' } })).status);
  expect(statuses).toEqual([401, 401, 401, 429]);
  const res = await send({ key: reader, body: { query: '{ kinds { kind } }' } });
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  await expectJsonError(res, 429, 'RATE_LIMITED');
});
