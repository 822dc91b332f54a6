import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { runFixture } from '../support/cypherFixture';

// A generated graph big enough that resolving relationship fields one parent at a time would cost
// hundreds of round trips: 300 cities in 30 countries in 5 regions, 2 workshops per city, 3 themes each.
const CITIES = 300;

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
  await runFixture(t.db, 'generate-graph', { cities: CITIES, countries: 30, regions: 5, themes: 12 });
});
afterAll(async () => {
  await runFixture(t.db, 'delete-generated');
  await t.stop();
});

const QUERY = gql`
  {
    cities(first: 100, filter: { nameContains: "Generated city" }) {
      totalCount
      edges { node { name country { name region { name } } workshops { name themes { name } } } }
    }
  }
`;
type Page = { cities: { totalCount: number; edges: { node: { country: { region: { name: string } }; workshops: { themes: { name: string }[] }[] } }[] } };

test('Batching: a page of 100 cities with country, region, workshops and their themes is one statement, plus one for totalCount', async () => {
  const { result: data, queries } = await t.countQueries(() => t.client.request<Page>(QUERY));

  expect(data.cities.totalCount).toBe(CITIES);
  expect(data.cities.edges).toHaveLength(100);
  for (const { node } of data.cities.edges) {
    expect(node.country.region.name).toMatch(/^Generated region/);
    expect(node.workshops).toHaveLength(2);
    for (const w of node.workshops) expect(w.themes).toHaveLength(3);
  }
  // Depth 3 compiled into the page statement; totalCount is counted only because it is asked for.
  expect(queries.sort()).toEqual(['compiled-count', 'compiled-page']);
});

test('Batching: without totalCount the same query is one round trip', async () => {
  const { queries } = await t.countQueries(() =>
    t.client.request(gql`{ cities(first: 100, filter: { nameContains: "Generated city" }) { edges { node { country { region { name } } workshops { themes { name } } } } } }`),
  );
  expect(queries).toEqual(['compiled-page']);
});

test('Batching: fields the compiler leaves to resolvers are batched one statement per depth (depth + 1 at most)', async () => {
  // Event.region is computed (place, then its country, then its region): each step is one batch for the whole page.
  const { result, queries } = await t.countQueries(() =>
    t.client.request<{ workshops: { edges: { node: { region: { name: string } } }[] } }>(
      gql`{ workshops(first: 100, filter: { nameContains: "Generated workshop" }) { edges { node { region { name } } } } }`,
    ),
  );
  expect(result.workshops.edges).toHaveLength(100);
  for (const { node } of result.workshops.edges) expect(node.region.name).toMatch(/^Generated region/);
  expect(queries).toEqual(['compiled-page', 'related-entities', 'related-entities', 'related-entities']);
});

test('Batching: with compilation off (test switch), relationship fields take one batched statement per depth', async () => {
  const off = await startTestService({ compile: false });
  try {
    const { result, queries } = await off.countQueries(() => off.client.request<Page>(QUERY));
    expect(result.cities.edges).toHaveLength(100);
    expect(queries.sort()).toEqual(['compiled-count', 'compiled-page', 'related-entities', 'related-entities']);
  } finally {
    await off.stop();
  }
});

test('Batching: the page cursor walks all generated cities exactly once', async () => {
  const seen = new Set<string>();
  let after: string | null = null;
  let pages = 0;
  do {
    const data: { cities: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await t.client.request(
      gql`query ($after: String) { cities(first: 100, after: $after, filter: { nameContains: "Generated city" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const e of data.cities.edges) seen.add(e.node.id);
    after = data.cities.pageInfo.hasNextPage ? data.cities.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  expect(pages).toBe(3);
  expect(seen.size).toBe(CITIES);
});
