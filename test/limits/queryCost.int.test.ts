import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildShapes } from '../../bench/shapes';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

interface Answer {
  status: number;
  /** The X-Query-Cost and X-Query-Cost-Maximum headers. */
  cost: { requested: number; maximum: number };
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  /** Statements sent to Neo4j while the request ran. */
  queries: string[];
}

/** Posts a query over plain HTTP, as any client would. */
async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const { result, queries } = await t.countQueries(async () => {
    const response = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const cost = { requested: Number(response.headers.get('x-query-cost')), maximum: Number(response.headers.get('x-query-cost-maximum')) };
    return { status: response.status, cost, body: (await response.json()) as Answer['body'] };
  });
  return { ...result, queries };
}

/** Expects the request to be refused as too costly before any database work; returns the cost it reported. */
function expectTooCostly(answer: Answer): number {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  const error = answer.body.errors![0];
  expect(error.extensions.code).toBe('QUERY_TOO_COSTLY');
  const { cost, maxCost } = error.extensions as { cost: number; maxCost: number };
  expect(cost).toBeGreaterThan(maxCost);
  expect(answer.cost).toEqual({ requested: cost, maximum: maxCost });
  expect(error.message).toContain(`Query cost ${cost} is more than the maximum of ${maxCost}`);
  expect(answer.queries).toEqual([]);
  return cost;
}

/** Expects an answer without errors; returns the cost it reported. */
function expectAnswered(answer: Answer): number {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.cost.requested).toBeGreaterThan(0);
  return answer.cost.requested;
}

/** `aliases` copies of a three-level walk of relationships; `first` is spliced in as given ("" for the default). */
function relationshipWalk(aliases: number, first: string): string {
  const page = first ? `(first: ${first})` : '';
  const walk = `relationships${page} { type to { id relationships${page} { type to { id relationships${page} { type to { id name } } } } } }`;
  return Array.from({ length: aliases }, (_, i) => `a${i}: node(id: "theme:risk-assessment") { id ${walk} }`).join('\n');
}

test('Query cost: a page size passed as a variable costs what the same literal costs, and is refused', async () => {
  const byVariable = await post(`query ($f: Int!) { ${relationshipWalk(10, '$f')} }`, { f: 500 });
  const byLiteral = await post(`{ ${relationshipWalk(10, '500')} }`);
  expect(expectTooCostly(byVariable)).toBe(expectTooCostly(byLiteral));
});

test('Query cost: argument defaults count: ten default-sized walks three levels deep are refused', async () => {
  expectTooCostly(await post(`{ ${relationshipWalk(10, '')} }`));
});

test('Query cost: the same walk once, with small pages, answers and reports its cost', async () => {
  const answer = await post(`query ($f: Int!) { ${relationshipWalk(1, '$f')} }`, { f: 5 });
  const cost = expectAnswered(answer);
  expect(cost).toBeGreaterThan(5 * 5 * 5);
  expect(answer.cost.maximum).toBeGreaterThan(cost);
});

test('Query cost: thirty aliases of allShortestPaths at their maximum are refused; one answers', async () => {
  const one = (i: number) => `p${i}: allShortestPaths(fromId: "city:durres", toId: "city:aarhus", maxLength: 10, first: 50) { length }`;
  expectTooCostly(await post(`{ ${Array.from({ length: 30 }, (_, i) => one(i)).join('\n')} }`));
  expectAnswered(await post(`{ ${one(0)} }`));
});

test.each([
  ['shortestPath', 'shortestPath(fromId: "city:durres", toId: "city:aarhus", maxLength: 2) { length nodes { id } }', 'shortestPath(fromId: "city:durres", toId: "city:aarhus", maxLength: 10) { length nodes { id } }'],
  ['allShortestPaths', 'allShortestPaths(fromId: "city:durres", toId: "city:aarhus", first: 1) { length nodes { id } }', 'allShortestPaths(fromId: "city:durres", toId: "city:aarhus", first: 50) { length nodes { id } }'],
  ['neighborhood', 'neighborhood(id: "city:durres", depth: 1, limit: 10) { nodes { id } relationships { type } }', 'neighborhood(id: "city:durres", depth: 3, limit: 1000) { nodes { id } relationships { type } }'],
  ['commonConnections', 'commonConnections(ids: ["city:durres", "city:aarhus"], first: 1) { id }', 'commonConnections(ids: ["city:durres", "city:aarhus", "partner:isd"], first: 100) { id }'],
  ['relatedInitiatives', 'relatedInitiatives(entityId: "partner:icma", first: 1) { score }', 'relatedInitiatives(entityId: "partner:icma", first: 50) { score }'],
  ['search', 'search(text: "durres", first: 1) { score }', 'search(text: "durres aarhus albania kosovo", first: 100) { score }'],
  ['events', 'events(first: 1) { edges { node { id } } }', 'events(first: 100) { edges { node { id } } }'],
  ['entities', 'entities(ids: ["city:durres"]) { id }', 'entities(ids: ["city:durres", "city:aarhus", "partner:isd"]) { id }'],
  ['a list query', 'cities(first: 1) { edges { node { id } } }', 'cities(first: 100) { edges { node { id } } }'],
  ['a relationship field', 'node(id: "network:scn") { ... on Network { memberCities(first: 1) { id } } }', 'node(id: "network:scn") { ... on Network { memberCities(first: 500) { id } } }'],
])('Query cost: %s costs more when its size arguments ask for more', async (_label, small, large) => {
  const smallCost = expectAnswered(await post(`{ ${small} }`));
  const largeCost = expectAnswered(await post(`{ ${large} }`));
  expect(largeCost).toBeGreaterThan(smallCost);
});

test('Query cost: the README example and the benchmark shapes answer within the maximum', async () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = /```graphql\n([\s\S]*?)```/.exec(readme)![1];
  const requests = [{ query: example }, ...buildShapes({
      workshopId: 'workshop:western-balkans-durres-2017',
      countryId: 'country:albania',
      neighborhoodId: 'country:albania',
      pathFromId: 'partner:isd',
      pathToId: 'city:aarhus',
      searchText: 'durres',
    }).map((shape) => shape.ours)];
  for (const request of requests) expectAnswered(await post(request.query, request.variables));
});

test.each([
  ['a list query', '{ cities(first: 2147483647) { totalCount } }', 'first'],
  ['a relationship field', '{ node(id: "network:scn") { ... on Network { memberCities(first: 2147483647) { id } } } }', 'first'],
  ['Entity.relationships', '{ node(id: "city:durres") { relationships(first: 2147483647) { type } } }', 'first'],
  ['events', '{ events(first: 2147483647) { totalCount } }', 'first'],
  ['allShortestPaths first', '{ allShortestPaths(fromId: "city:durres", toId: "city:aarhus", first: 2147483647) { length } }', 'first'],
  ['shortestPath maxLength', '{ shortestPath(fromId: "city:durres", toId: "city:aarhus", maxLength: 2147483647) { length } }', 'maxLength'],
  ['neighborhood limit', '{ neighborhood(id: "city:durres", limit: 2147483647) { truncated } }', 'limit'],
  ['neighborhood depth', '{ neighborhood(id: "city:durres", depth: 2147483647) { truncated } }', 'depth'],
  ['search first', '{ search(text: "durres", first: 2147483647) { score } }', 'first'],
  ['commonConnections first', '{ commonConnections(ids: ["city:durres", "city:aarhus"], first: 2147483647) { id } }', 'first'],
  ['relatedInitiatives first', '{ relatedInitiatives(entityId: "partner:icma", first: 2147483647) { score } }', 'first'],
])('Query cost: the largest Int as a size of %s is BAD_USER_INPUT naming the argument, not a cost error', async (_label, query, argument) => {
  const answer = await post(query);
  const error = answer.body.errors![0];
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(error.message).toContain('must not be greater than');
  // Only the parent of a nested field is read; nothing is read for the refused argument.
  expect(answer.queries.filter((name) => name !== 'entities-by-id' && name !== 'compiled-entities')).toEqual([]);
});

test('Query cost: the same query sent again with other variables is priced for those variables', async () => {
  const query = `query ($f: Int!) { ${relationshipWalk(10, '$f')} }`;
  const small = expectAnswered(await post(query, { f: 2 }));
  const again = expectAnswered(await post(query, { f: 2 }));
  expect(again).toBe(small);
  const large = expectTooCostly(await post(query, { f: 500 }));
  expect(large).toBeGreaterThan(small);
  expect(expectAnswered(await post(query, { f: 3 }))).toBeGreaterThan(small);
});
