import { startTestService, TestService } from '../support/testService';

// A budget small enough that the seed data can pass it: 6 entities and relationships per request.
const BUDGET = 6;

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ limits: { maxResultItems: BUDGET } });
});
afterAll(async () => {
  await t.stop();
});

async function post(query: string): Promise<{ data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] }> {
  const response = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as never;
}

test('Result budget: a request that reads more than its budget fails with RESULT_TOO_LARGE instead of answering', async () => {
  const answer = await post('{ node(id: "city:durres") { relationships(first: 100) { type to { relationships(first: 100) { type to { id } } } } } }');
  expect(answer.errors?.[0].extensions).toMatchObject({ code: 'RESULT_TOO_LARGE', maxItems: BUDGET });
  expect(answer.errors?.[0].message).toContain(`more than ${BUDGET} entities and relationships`);
  expect(answer.data).toEqual({ node: null });
});

test('Result budget: a list page counts against it too', async () => {
  // The seeds hold 7 countries.
  const answer = await post('{ countries(first: 20) { edges { node { id } } } }');
  expect(answer.errors?.[0].extensions).toMatchObject({ code: 'RESULT_TOO_LARGE' });
  expect(answer.data).toBeNull();
});

test('Result budget: the same entity asked for again and again counts each time', async () => {
  const aliases = Array.from({ length: BUDGET + 1 }, (_, i) => `a${i}: node(id: "city:durres") { id }`).join(' ');
  const answer = await post(`{ ${aliases} }`);
  expect(answer.errors?.[0].extensions).toMatchObject({ code: 'RESULT_TOO_LARGE' });
});

test('Result budget: a request within its budget answers', async () => {
  // Durrës and its two relationships with the entities at their other ends: 5 of 6.
  const answer = await post('{ node(id: "city:durres") { relationships { type } } }');
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({ node: { relationships: [{ type: 'HELD_IN' }, { type: 'LOCATED_IN' }] } });
});
