import { startTestService, TestService } from '../support/testService';
import { expectJsonError } from '../support/expectJsonError';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (body: string, headers: Record<string, string> = JSON_TYPE) => fetch(t.service.url, { method: 'POST', headers, body });
const query = (q: string) => post(JSON.stringify({ query: q }));

test('Malformed requests: a GraphQL syntax error is 400 GRAPHQL_PARSE_FAILED', async () => {
  const error = await expectJsonError(await query('{ stats { count }'), 400, 'GRAPHQL_PARSE_FAILED');
  expect(error.message).toMatch(/^Syntax Error/);
});

test('Malformed requests: a document over the token limit is 400 GRAPHQL_PARSE_FAILED', async () => {
  const error = await expectJsonError(await query(`{ ${'__typename '.repeat(6000)}}`), 400, 'GRAPHQL_PARSE_FAILED');
  expect(error.message).toMatch(/5000 tokens/);
});

test('Malformed requests: a subscription (the schema has none) is 400 GRAPHQL_VALIDATION_FAILED', async () => {
  const error = await expectJsonError(await query('subscription { stats { count } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
  expect(error.message).toBe('The schema has no subscription operations.');
});

test('Malformed requests: a mutation asking for a field the Mutation type does not have is 400 GRAPHQL_VALIDATION_FAILED naming it', async () => {
  const error = await expectJsonError(await query('mutation { stats { count } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
  expect(error.message).toBe('Cannot query field "stats" on type "Mutation".');
});

test('Malformed requests: a GET with a mutation is refused with a 4xx JSON error', async () => {
  const res = await fetch(`${t.service.url}?query=${encodeURIComponent('mutation { stats { count } }')}`, { headers: { 'apollo-require-preflight': '1' } });
  await expectJsonError(res, 400, 'GRAPHQL_VALIDATION_FAILED');
});

test.each([
  ['invalid JSON', '{"query": "{ __typename }"'],
  ['a null JSON body', 'null'],
  ['a JSON number body', '42'],
  ['a JSON string body', '"{ __typename }"'],
  ['a JSON array body', '[{"query": "{ __typename }"}]'],
  ['an empty body', ''],
])('Malformed requests: %s is a 400 JSON error', async (_name, body) => {
  await expectJsonError(await post(body), 400, 'BAD_REQUEST');
});

test.each([
  ['no content-type', {}],
  ['text/plain', { 'content-type': 'text/plain' }],
  ['application/xml', { 'content-type': 'application/xml' }],
])('Malformed requests: a POST with %s is a 400 JSON error', async (_name, headers) => {
  await expectJsonError(await post('{"query": "{ __typename }"}', headers), 400, 'BAD_REQUEST');
});

test('Malformed requests: an unsupported charset is 415 JSON', async () => {
  const res = await post('{"query": "{ __typename }"}', { 'content-type': 'application/json; charset=latin-9' });
  await expectJsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test('Malformed requests: an unsupported Content-Encoding is 415 JSON', async () => {
  const res = await post('{"query": "{ __typename }"}', { ...JSON_TYPE, 'content-encoding': 'compress' });
  await expectJsonError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test('Malformed requests: a gzip body that is not gzip is a 400 JSON error', async () => {
  await expectJsonError(await post('{"query": "{ __typename }"}', { ...JSON_TYPE, 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST');
});

test('Malformed requests: a body over 200 kB is 413 JSON', async () => {
  const error = await expectJsonError(await query(`{ search(text: "${'a'.repeat(210_000)}") { score } }`), 413, 'PAYLOAD_TOO_LARGE');
  expect(error.message).toMatch(/200 kB/);
});

test.each(['PUT', 'DELETE', 'PATCH'])('Malformed requests: %s /graphql is 405 JSON naming the allowed methods', async (method) => {
  const res = await fetch(t.service.url, { method });
  expect(res.headers.get('allow')).toBe('GET, POST');
  await expectJsonError(res, 405, 'METHOD_NOT_ALLOWED');
});

test.each([
  ['GET', '/nope'],
  ['POST', '/health'],
  ['GET', '/graphql/extra'],
  ['GET', '/%'],
])('Malformed requests: %s %s is 404 JSON', async (method, path) => {
  await expectJsonError(await fetch(`${t.baseUrl}${path}`, { method }), 404, 'NOT_FOUND');
});

test('Malformed requests: a well-formed query still answers 200', async () => {
  const res = await query('{ __typename }');
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
});
