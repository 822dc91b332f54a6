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
  ['a malformed body', () => fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
])('Security headers: %s carries nosniff and frame protection, no X-Powered-By', async (_name, request) => {
  const res = await request();
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
});

test('Security headers: the landing page in a browser keeps its own CSP (no CSP header that would block its CDN scripts)', async () => {
  const res = await fetch(t.service.url, { headers: { accept: 'text/html' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-security-policy')).toBeNull();
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await res.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
  expect(html).toMatch(/embeddable-sandbox\.cdn\.apollographql\.com/);
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
