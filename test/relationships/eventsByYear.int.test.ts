import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

type Row = { year: number; region: { id: string; name: string } | null; events: number };
const BY_YEAR = gql`
  query ($regionId: ID, $kinds: [EntityKind!]) { eventsByYear(regionId: $regionId, kinds: $kinds) { year region { id name } events } }
`;
const EVENTS = gql`
  query ($regionId: ID, $kinds: [EntityKind!]) { events(regionId: $regionId, kinds: $kinds, first: 100) { totalCount edges { node { id date { year } } } } }
`;
const REGIONS = gql`{ regions(first: 100) { edges { node { id name } } } }`;
type Events = { events: { totalCount: number; edges: { node: { id: string; date: { year: number } | null } }[] } };

async function byYear(variables: { regionId?: string; kinds?: string[] } = {}): Promise<Row[]> {
  return (await t.client.request<{ eventsByYear: Row[] }>(BY_YEAR, variables)).eventsByYear;
}

/** The dated events `events(...)` lists for these arguments: id → year. */
async function datedEvents(variables: { regionId?: string; kinds?: string[] }): Promise<Map<string, number>> {
  const data = await t.client.request<Events>(EVENTS, variables);
  expect(data.events.edges).toHaveLength(data.events.totalCount);
  return new Map(data.events.edges.flatMap(({ node }) => (node.date ? [[node.id, node.date.year] as const] : [])));
}

function perYear(years: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return counts;
}

/** What eventsByYear should answer, counted from what `events` lists per region, and for the events in none. */
async function expectedRows(kinds?: string[]): Promise<Row[]> {
  const regions = (await t.client.request<{ regions: { edges: { node: { id: string; name: string } }[] } }>(REGIONS)).regions.edges.map((e) => e.node);
  const all = await datedEvents({ kinds });
  const inSomeRegion = new Set<string>();
  const rows: Row[] = [];
  for (const region of regions) {
    const events = await datedEvents({ regionId: region.id, kinds });
    for (const id of events.keys()) inSomeRegion.add(id);
    for (const [year, count] of perYear(events.values())) rows.push({ year, region, events: count });
  }
  const inNone = [...all].filter(([id]) => !inSomeRegion.has(id)).map(([, year]) => year);
  for (const [year, count] of perYear(inNone)) rows.push({ year, region: null, events: count });
  return rows;
}

const key = (row: Row) => `${row.year} ${row.region?.id ?? '(none)'}`;
const byKey = (rows: Row[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

test('Events by year: per year and region, the counts equal what events(regionId:) lists, and events in no region count under null', async () => {
  const rows = await byYear();
  const expected = await expectedRows();
  expect(expected.some((row) => row.region === null)).toBe(true);
  expect(expected.some((row) => row.region !== null)).toBe(true);
  expect(byKey(rows)).toEqual(byKey(expected));
});

test('Events by year: ordered by year, then region name, events in no region last within a year', async () => {
  const rows = await byYear();
  const order = rows.map((row) => [row.year, row.region === null ? 1 : 0, row.region?.name ?? ''] as const);
  const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
  expect(order).toEqual(sorted);
});

test('Events by year: only dated events are counted, every one of them, in the year its date gives', async () => {
  const all = await datedEvents({});
  const undated = (await t.client.request<Events>(EVENTS, {})).events.totalCount - all.size;
  expect(undated).toBeGreaterThan(0);
  const rows = await byYear();
  expect(rows.reduce((sum, row) => sum + row.events, 0)).toBeGreaterThanOrEqual(all.size);
  expect([...new Set(rows.map((row) => row.year))]).toEqual([...new Set(all.values())].sort((a, b) => a - b));
});

test('Events by year: regionId keeps that region\'s rows, the same counts as events(regionId:)', async () => {
  for (const regionId of ['region:western-balkans', 'region:south-asia']) {
    const rows = await byYear({ regionId });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.region?.id === regionId)).toBe(true);
    const expected = perYear((await datedEvents({ regionId })).values());
    expect(new Map(rows.map((row) => [row.year, row.events]))).toEqual(expected);
  }
});

test('Events by year: kinds keeps those event kinds, the same counts as events(kinds:)', async () => {
  const kinds = ['Workshop', 'Summit'];
  expect(byKey(await byYear({ kinds }))).toEqual(byKey(await expectedRows(kinds)));
  const workshops = await byYear({ kinds: ['Workshop'], regionId: 'region:western-balkans' });
  expect(new Map(workshops.map((row) => [row.year, row.events]))).toEqual(perYear((await datedEvents({ kinds: ['Workshop'], regionId: 'region:western-balkans' })).values()));
});

test('Events by year: a kind that is no event kind, or no kind, is BAD_USER_INPUT naming kinds', async () => {
  for (const kinds of [['City'], []]) {
    await expect(byYear({ kinds })).rejects.toMatchObject({
      response: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'kinds' }) })] },
    });
  }
});

test('Events by year: a regionId that names no region counts nothing (an empty list, as countryActivity gives)', async () => {
  expect(await byYear({ regionId: 'region:atlantis' })).toEqual([]);
  const activity = await t.client.request<{ countryActivity: unknown[] }>(gql`{ countryActivity(regionId: "region:atlantis") { hosted } }`);
  expect(activity.countryActivity).toEqual([]);
});
