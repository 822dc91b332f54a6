import { startTestService, TestService } from '../support/testService';
import { expectJsonError } from '../support/expectJsonError';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

const graphqlPost = (service: TestService, headers: Record<string, string> = {}) =>
  fetch(service.service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}' });
const preflight = (service: TestService, origin: string) =>
  fetch(service.service.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
const corsHeaders = (res: Response) => [...res.headers.keys()].filter((name) => name.startsWith('access-control-allow-'));

test.each([
  ['POST /graphql', () => graphqlPost(t)],
  ['GET /health', () => fetch(`${t.baseUrl}/health`)],
  ['GET /nope', () => fetch(`${t.baseUrl}/nope`)],
  ['GET / (the explorer)', () => fetch(`${t.baseUrl}/`)],
  ['a malformed body', () => fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
])('Security headers: %s carries nosniff and frame protection, no X-Powered-By', async (_name, request) => {
  const res = await request();
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
});

const BROWSER = { accept: 'text/html' };
const pages: [string, () => Promise<Response>][] = [
  ['the explorer (/)', () => fetch(`${t.baseUrl}/`, { headers: BROWSER })],
  ['an explorer view (/entity/…)', () => fetch(`${t.baseUrl}/entity/city%3Adurres`, { headers: BROWSER })],
  ['GraphiQL (/graphiql)', () => fetch(`${t.baseUrl}/graphiql`, { headers: BROWSER })],
  ['a browser\'s GET /graphql (sent to GraphiQL)', () => fetch(t.service.url, { headers: BROWSER, redirect: 'manual' })],
  ['POST /graphql', () => graphqlPost(t)],
];

test.each(pages)('Security headers: %s carries the one strict CSP: this server only, no inline script, nothing from another host', async (_name, request) => {
  const res = await request();
  const csp = Object.fromEntries(
    (res.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['script-src-attr']).toEqual(["'none'"]);
  expect(csp['connect-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  // No source names another host or scheme: only this server ('self'), data: for GraphiQL's inline fonts and icons.
  const sources = Object.values(csp).flat();
  expect(sources.filter((source) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(source))).toEqual([]);
  // Plain http on a LAN address must keep working: no upgrade of the page's requests to https.
  expect(csp).not.toHaveProperty('upgrade-insecure-requests');
});

test('CORS: by default a cross-origin preflight is answered 204 with no allow headers', async () => {
  const res = await preflight(t, 'https://elsewhere.example');
  expect(res.status).toBe(204);
  expect(corsHeaders(res)).toEqual([]);
});

test('CORS: by default a cross-origin request gets no Access-Control-Allow-Origin', async () => {
  const res = await graphqlPost(t, { origin: 'https://elsewhere.example' });
  expect(res.status).toBe(200);
  expect(corsHeaders(res)).toEqual([]);
});

test('CORS: Apollo CSRF prevention still refuses a simple (text/plain) POST', async () => {
  const res = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
  const error = await expectJsonError(res, 400, 'BAD_REQUEST');
  expect(error.message).toMatch(/Cross-Site Request Forgery/);
});

describe('CORS with listed origins', () => {
  let listed: TestService;
  beforeAll(async () => {
    listed = await startTestService({ corsOrigins: ['https://app.example.org', 'http://localhost:3000'] });
  });
  afterAll(async () => {
    await listed.stop();
  });

  test('CORS: a listed origin gets its preflight allowed', async () => {
    const res = await preflight(listed, 'http://localhost:3000');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  test('CORS: a listed origin can read the answer', async () => {
    const res = await graphqlPost(listed, { origin: 'https://app.example.org' });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('CORS: a listed origin may send Neo4j-Bookmark and Idempotency-Key, and read the Neo4j-Bookmark and Idempotency-Replayed answers', async () => {
    const asked = 'authorization,content-type,idempotency-key,neo4j-bookmark';
    const allowed = await fetch(listed.service.url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': asked } });
    expect({ status: allowed.status, headers: allowed.headers.get('access-control-allow-headers') }).toEqual({ status: 204, headers: asked });
    const res = await graphqlPost(listed, { origin: 'https://app.example.org' });
    expect(res.headers.get('access-control-expose-headers')).toBe('Neo4j-Bookmark,Idempotency-Replayed');
  });

  test('CORS: an origin not listed gets no allow headers', async () => {
    const res = await preflight(listed, 'https://app.example.org.evil.example');
    expect(res.status).toBe(204);
    expect(corsHeaders(res)).toEqual([]);
  });
});

test('CORS: "*" allows any origin', async () => {
  const open = await startTestService({ corsOrigins: '*' });
  try {
    const res = await preflight(open, 'https://anywhere.example');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  } finally {
    await open.stop();
  }
});
