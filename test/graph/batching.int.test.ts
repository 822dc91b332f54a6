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

test('Batching: a page of 100 cities with country, region, workshops and their themes takes one query per depth', async () => {
  const batches: { name: string; keys: number }[] = [];
  const off = t.db.onQuery((name, params) => batches.push({ name, keys: Array.isArray(params.keys) ? params.keys.length : 0 }));
  let data: { cities: { totalCount: number; edges: { node: { country: { region: { name: string } } ; workshops: { themes: { name: string }[] }[] } }[] } };
  try {
    data = await t.client.request(gql`
      {
        cities(first: 100, filter: { nameContains: "Generated city" }) {
          totalCount
          edges { node { name country { name region { name } } workshops { name themes { name } } } }
        }
      }
    `);
  } finally {
    off();
  }

  expect(data.cities.totalCount).toBe(CITIES);
  expect(data.cities.edges).toHaveLength(100);
  for (const { node } of data.cities.edges) {
    expect(node.country.region.name).toMatch(/^Generated region/);
    expect(node.workshops).toHaveLength(2);
    for (const w of node.workshops) expect(w.themes).toHaveLength(3);
  }

  // Depth 3 (cities → country/workshops → region/themes) makes 3 queries, plus 1 for totalCount.
  expect(batches.map((b) => b.name).sort()).toEqual(['entities-count', 'entities-page', 'related-entities', 'related-entities']);
  const related = batches.filter((b) => b.name === 'related-entities');
  // Depth 2: one batch with a country key and a workshops key per city.
  expect(related[0].keys).toBe(200);
  // Depth 3: a region key per city's country and a themes key per workshop (DataLoader de-duplicates repeated countries).
  expect(related[1].keys).toBeGreaterThanOrEqual(200);
});

test('Batching: without totalCount the same query costs one round trip less', async () => {
  const { queries } = await t.countQueries(() =>
    t.client.request(gql`{ cities(first: 100, filter: { nameContains: "Generated city" }) { edges { node { country { region { name } } workshops { themes { name } } } } } }`),
  );
  expect(queries).toEqual(['entities-page', 'related-entities', 'related-entities']);
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
