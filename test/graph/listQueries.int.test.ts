import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

type Page = { totalCount?: number; edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };

test('Lists: every kind has a list query with totalCount', async () => {
  const data = await t.client.request<Record<string, { totalCount: number }>>(gql`
    {
      networks { totalCount } regions { totalCount } countries { totalCount } cities { totalCount }
      partners { totalCount } workshops { totalCount } steeringCommitteeMeetings { totalCount }
      riskThemes { totalCount } initiatives { totalCount } sources { totalCount }
    }
  `);
  expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount]))).toEqual({
    networks: 1, regions: 2, countries: 7, cities: 2, partners: 3, workshops: 5, steeringCommitteeMeetings: 1, riskThemes: 7, initiatives: 2, sources: 3,
  });
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

test('Lists: pages follow the cursor without overlap and report where they stand', async () => {
  const query = gql`query ($after: String) { countries(first: 3, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
  const first = await t.client.request<{ countries: Page }>(query, { after: null });
  const second = await t.client.request<{ countries: Page }>(query, { after: first.countries.pageInfo.endCursor });
  const third = await t.client.request<{ countries: Page }>(query, { after: second.countries.pageInfo.endCursor });
  expect(first.countries.edges.map((e) => e.node.name)).toEqual(['Albania', 'Bosnia and Herzegovina', 'Denmark']);
  expect(first.countries.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(second.countries.edges.map((e) => e.node.name)).toEqual(['Kosovo', 'Montenegro', 'North Macedonia']);
  expect(third.countries.edges.map((e) => e.node.name)).toEqual(['Serbia']);
  expect(third.countries.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
});

test('Lists: orderBy NAME DESC reverses the order', async () => {
  const query = gql`query ($after: String) { countries(first: 3, after: $after, orderBy: { field: NAME, direction: DESC }) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
  const data = await t.client.request<{ countries: Page }>(query, { after: null });
  expect(data.countries.edges.map((e) => e.node.name)).toEqual(['Serbia', 'North Macedonia', 'Montenegro']);
  const next = await t.client.request<{ countries: Page }>(query, { after: data.countries.pageInfo.endCursor });
  expect(next.countries.edges.map((e) => e.node.name)).toEqual(['Kosovo', 'Denmark', 'Bosnia and Herzegovina']);
});

test('Lists: workshops sort by date, a year-only date before the months of that year', async () => {
  const data = await t.client.request<{ workshops: { edges: { node: { id: string; date: { iso: string } } }[] } }>(gql`{ workshops { edges { node { id date { iso } } } } }`);
  const dates = data.workshops.edges.map((e) => e.node.date.iso);
  expect(dates).toEqual(['2017', '2017', '2017', '2017', '2018-01']);
});

test('Lists: workshop filters by status, region (through city and country), theme and date at shared precision', async () => {
  const data = await t.client.request<Record<string, { edges: { node: { id: string } }[] }>>(gql`
    {
      scheduled: workshops(filter: { status: SCHEDULED }) { edges { node { id } } }
      inBalkans: workshops(filter: { regionId: "region:western-balkans" }) { edges { node { id } } }
      inAlbania: workshops(filter: { countryId: "country:albania" }) { edges { node { id } } }
      onReturnees: workshops(filter: { themeId: "theme:returnees-and-reintegration" }) { edges { node { id } } }
      fromMay2017: workshops(filter: { from: "2017-05", to: "2017-12-31" }) { edges { node { id } } }
      in2018: workshops(filter: { from: "2018" }) { edges { node { id } } }
    }
  `);
  const ids = (key: string) => data[key].edges.map((e) => e.node.id).sort();
  expect(ids('scheduled')).toEqual(['workshop:south-asia-2018-01']);
  expect(ids('inBalkans')).toHaveLength(4);
  expect(ids('inAlbania')).toEqual(['workshop:in-country-training-albania-2017', 'workshop:western-balkans-durres-2017']);
  expect(ids('onReturnees')).toEqual(['workshop:western-balkans-durres-2017']);
  // "2017" compared with "2017-05" at year precision: the year-only workshops may fall in that range, so they match.
  expect(ids('fromMay2017')).toHaveLength(4);
  expect(ids('in2018')).toEqual(['workshop:south-asia-2018-01']);
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
  expect(data.country).toEqual({ cities: [{ id: 'city:durres' }], region: { id: 'region:western-balkans' } });
  expect(data.meeting).toEqual({ initiatives: [{ id: 'initiative:isd-creative-joint-framework' }], city: { id: 'city:aarhus' } });
});

test('Lists: first limits relationship fields', async () => {
  const data = await t.client.request<{ node: { themes: unknown[] } }>(gql`{ node(id: "workshop:western-balkans-durres-2017") { ... on Workshop { themes(first: 2) { id } } } }`);
  expect(data.node.themes).toHaveLength(2);
});
