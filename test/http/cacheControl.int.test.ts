import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

function post(body: string): Promise<Response> {
  return fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

test('Caching: no GraphQL answer may be kept by a cache, whether it succeeded, failed or came by GET', async () => {
  const answered = await post(JSON.stringify({ query: '{ node(id: "city:durres") { name } }' }));
  expect(await answered.json()).toEqual({ data: { node: { name: 'Durrës' } } });
  const invalid = await post(JSON.stringify({ query: '{ node(id: "city:durres") { nosuchfield } }' }));
  expect(invalid.status).toBe(400);
  const unparsable = await post('{"query": ');
  expect(unparsable.status).toBe(400);
  const byGet = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ node(id: "city:durres") { name } }')}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  expect(byGet.status).toBe(200);
  for (const res of [answered, invalid, unparsable, byGet]) expect(res.headers.get('cache-control')).toBe('no-store');
});
