import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { KINDS, KIND_NAMES } from '../../src/model/kinds';
import { readSeeds } from '../../src/seed/readSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

type Page = { totalCount?: number; edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };

test('Lists: every kind has a list query with totalCount', async () => {
  // What the seed files state, one entity per id; every document is a source, and so is the reference data set.
  const files = readSeeds(SEEDS_DIR);
  const kindOf = new Map<string, string>();
  for (const f of files) {
    if (f.kind === 'document') for (const e of f.data.entities) kindOf.set(e.id, e.kind);
  }
  const expected = Object.fromEntries(KIND_NAMES.map((kind) => [KINDS[kind].list.query, [...kindOf.values()].filter((k) => k === kind).length]));
  expected.sources = files.length;
  const data = await t.client.request<Record<string, { totalCount: number }>>(`{ ${KIND_NAMES.map((kind) => `${KINDS[kind].list.query} { totalCount }`).join(' ')} }`);
  expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount]))).toEqual(expected);
  // A few of them, as the record stands: the seed post and 42 cited pages, the reference data; five summits.
  expect(expected).toMatchObject({ networks: 1, sources: 44, summits: 5, hubs: 4, hubLaunches: 2, countries: 19, regions: 4 });
});

test('Lists: countries filter by region and ISO code, and name matches aliases case-insensitively', async () => {
  const data = await t.client.request<{ wb: Page; iso: Page; alias: Page }>(gql`
    {
      wb: countries(filter: { regionId: "region:western-balkans" }, first: 10) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } }
      iso: countries(filter: { isoCode: "xk" }) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } }
      alias: countries(filter: { nameContains: "MACEDONIA" }) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } }
    }
  `);
  expect(data.wb.totalCount).toBe(6);
  expect(data.wb.edges.map((e) => e.node.name)).not.toContain('Denmark');
  expect(data.iso.edges.map((e) => e.node.id)).toEqual(['country:kosovo']);
  expect(data.alias.edges.map((e) => e.node.id)).toEqual(['country:north-macedonia']);
});

const COUNTRIES = [
  'Albania', 'Australia', 'Bangladesh', 'Bosnia and Herzegovina', 'Denmark', 'India', 'Jordan', 'Kenya', 'Kosovo', 'Lebanon',
  'Maldives', 'Montenegro', 'North Macedonia', 'Pakistan', 'Serbia', 'South Africa', 'Sri Lanka', 'Turkey', 'United States',
];

test('Lists: pages follow the cursor without overlap and report where they stand', async () => {
  const query = gql`query ($after: String) { countries(first: 3, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const page: Page = (await t.client.request<{ countries: Page }>(query, { after })).countries;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null && pages.length < 10);
  // Nineteen countries (Türkiye under the name its pages use, Turkey) in pages of three: six full pages and one.
  expect(pages.map((p) => p.edges.map((e) => e.node.name))).toEqual([0, 3, 6, 9, 12, 15, 18].map((i) => COUNTRIES.slice(i, i + 3)));
  expect(pages[0].pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(pages[1].pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  expect(pages[pages.length - 1].pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
});

test('Lists: orderBy NAME DESC reverses the order', async () => {
  const query = gql`query ($after: String) { countries(first: 3, after: $after, orderBy: { field: NAME, direction: DESC }) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
  const data = await t.client.request<{ countries: Page }>(query, { after: null });
  expect(data.countries.edges.map((e) => e.node.name)).toEqual(['United States', 'Turkey', 'Sri Lanka']);
  const next = await t.client.request<{ countries: Page }>(query, { after: data.countries.pageInfo.endCursor });
  expect(next.countries.edges.map((e) => e.node.name)).toEqual(['South Africa', 'Serbia', 'Pakistan']);
});

test('Lists: workshops sort by date, undated first, a year-only date before the months of that year', async () => {
  const data = await t.client.request<{ workshops: { edges: { node: { id: string; date: { iso: string } | null } }[] } }>(gql`{ workshops { edges { node { id date { iso } } } } }`);
  const dates = data.workshops.edges.map((e) => e.node.date?.iso ?? null);
  // The Ulcinj workshop is undated (ISD's "last month", on an undated page); the in-country trainings are known to 2017 only.
  expect(dates).toEqual([null, '2017', '2017', '2017', '2017-07', '2017-09', '2017-11-01', '2018-01-31', '2023-01-31', '2023-02-08', '2023-06', '2023-09-05', '2025-01-22']);
});

test('Lists: workshop filters by status, region (through city and country), theme and date at shared precision', async () => {
  const data = await t.client.request<Record<string, { edges: { node: { id: string } }[] }>>(gql`
    {
      scheduled: workshops(filter: { status: SCHEDULED }) { edges { node { id } } }
      scheduledSummits: summits(filter: { status: SCHEDULED }) { edges { node { id } } }
      inBalkans: workshops(filter: { regionId: "region:western-balkans" }) { edges { node { id } } }
      inAlbania: workshops(filter: { countryId: "country:albania" }) { edges { node { id } } }
      onReturnees: workshops(filter: { themeId: "theme:returnees-and-reintegration" }) { edges { node { id } } }
      fromMay2017: workshops(filter: { from: "2017-05", to: "2017-12-31" }) { edges { node { id } } }
      in2018: workshops(filter: { from: "2018" }) { edges { node { id } } }
    }
  `);
  const ids = (key: string) => data[key].edges.map((e) => e.node.id).sort();
  // Every workshop in the record has been reported held: the one the seed post announced was reported by ISD.
  expect(ids('scheduled')).toEqual([]);
  expect(ids('scheduledSummits')).toEqual(['summit:scn-global-summit-2017']);
  expect(ids('inBalkans')).toEqual([
    'workshop:elbasan-2023-06',
    'workshop:in-country-training-albania-2017',
    'workshop:in-country-training-kosovo-2017',
    'workshop:in-country-training-montenegro-2017',
    'workshop:sarajevo-2023-02',
    'workshop:ulcinj-2017',
    'workshop:western-balkans-durres-2017',
  ]);
  expect(ids('inAlbania')).toEqual(['workshop:elbasan-2023-06', 'workshop:in-country-training-albania-2017', 'workshop:western-balkans-durres-2017']);
  expect(ids('onReturnees')).toEqual(['workshop:western-balkans-durres-2017']);
  // "2017" compared with "2017-05" at year precision: the year-only workshops may fall in that range, so they match.
  expect(ids('fromMay2017')).toEqual([
    'workshop:beirut-2017-07',
    'workshop:in-country-training-albania-2017',
    'workshop:in-country-training-kosovo-2017',
    'workshop:in-country-training-montenegro-2017',
    'workshop:pakistan-2017-11',
    'workshop:western-balkans-durres-2017',
  ]);
  expect(ids('in2018')).toEqual([
    'workshop:colombo-2025-01',
    'workshop:elbasan-2023-06',
    'workshop:sarajevo-2023-02',
    'workshop:south-asia-2018-01',
    'workshop:south-asia-2023-01',
    'workshop:western-balkans-2023-09',
  ]);
});

test('Lists: node and entities fetch any kind by id, null for unknown ids', async () => {
  const data = await t.client.request<{ node: unknown; missing: unknown; entities: ({ id: string; kind: string } | null)[] }>(gql`
    {
      node(id: "city:durres") { id kind name aliases ... on City { country { name } } }
      missing: node(id: "city:atlantis") { id }
      entities(ids: ["theme:referral-mechanisms", "nope:nothing", "network:scn"]) { id kind }
    }
  `);
  expect(data.node).toEqual({ id: 'city:durres', kind: 'City', name: 'Durrës', aliases: ['Durres'], country: { name: 'Albania' } });
  expect(data.missing).toBeNull();
  expect(data.entities).toEqual([{ id: 'theme:referral-mechanisms', kind: 'RiskTheme' }, null, { id: 'network:scn', kind: 'Network' }]);
});

test('Lists: relationship fields work from both ends', async () => {
  const data = await t.client.request<{ theme: { workshops: { id: string }[] }; partner: { hostedWorkshops: { id: string }[]; networks: { id: string }[] }; country: { cities: { id: string }[]; region: { id: string } }; meeting: { initiatives: { id: string }[]; city: { id: string } } }>(gql`
    {
      theme: node(id: "theme:referral-mechanisms") { ... on RiskTheme { workshops { id } } }
      partner: node(id: "partner:icma") { ... on Partner { hostedWorkshops { id } networks { id } } }
      country: node(id: "country:albania") { ... on Country { cities { id } region { id } } }
      meeting: node(id: "meeting:international-steering-committee-aarhus-2017-05") { ... on SteeringCommitteeMeeting { initiatives { id } city { id } } }
    }
  `);
  expect(data.theme.workshops).toEqual([{ id: 'workshop:western-balkans-durres-2017' }]);
  expect(data.partner).toEqual({ hostedWorkshops: [{ id: 'workshop:western-balkans-durres-2017' }], networks: [{ id: 'network:scn' }] });
  expect(data.country).toEqual({ cities: [{ id: 'city:durres' }, { id: 'city:elbasan' }], region: { id: 'region:western-balkans' } });
  expect(data.meeting).toEqual({ initiatives: [{ id: 'initiative:isd-creative-joint-framework' }], city: { id: 'city:aarhus' } });
});

test('Lists: first limits relationship fields', async () => {
  const data = await t.client.request<{ node: { themes: unknown[] } }>(gql`{ node(id: "workshop:western-balkans-durres-2017") { ... on Workshop { themes(first: 2) { id } } } }`);
  expect(data.node.themes).toHaveLength(2);
});
