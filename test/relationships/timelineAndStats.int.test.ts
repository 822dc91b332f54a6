import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

type Events = { events: { totalCount: number; edges: { node: { id: string; date: { iso: string } | null } }[] } };
const EVENTS = gql`
  query ($from: String, $to: String, $regionId: ID, $countryId: ID, $themeId: ID, $status: EventStatus) {
    events(from: $from, to: $to, regionId: $regionId, countryId: $countryId, themeId: $themeId, status: $status, first: 50) {
      totalCount edges { node { id date { iso } } }
    }
  }
`;

test('Events: chronological, a year-only date before the months of that year', async () => {
  const data = await t.client.request<Events>(EVENTS, {});
  expect(data.events.edges.map((e) => e.node.date?.iso)).toEqual(['2017', '2017', '2017', '2017', '2017-05', '2018-01']);
  expect(data.events.totalCount).toBe(6);
});

test('Events: from/to compare at the precision both sides have', async () => {
  const may = await t.client.request<Events>(EVENTS, { from: '2017-05', to: '2017-05' });
  // "2017" may be May 2017, so year-only events match a May window; "2017-05" matches exactly; "2018-01" does not.
  expect(may.events.edges.map((e) => e.node.id)).toContain('meeting:international-steering-committee-aarhus-2017-05');
  expect(may.events.edges.map((e) => e.node.id)).not.toContain('workshop:south-asia-2018-01');
  expect(may.events.totalCount).toBe(5);
  const day = await t.client.request<Events>(EVENTS, { from: '2018-01-15' });
  expect(day.events.edges.map((e) => e.node.id)).toEqual(['workshop:south-asia-2018-01']);
});

test('Events: filter by region, country, theme and status', async () => {
  const region = await t.client.request<Events>(EVENTS, { regionId: 'region:south-asia' });
  expect(region.events.edges.map((e) => e.node.id)).toEqual(['workshop:south-asia-2018-01']);
  const denmark = await t.client.request<Events>(EVENTS, { countryId: 'country:denmark' });
  expect(denmark.events.edges.map((e) => e.node.id)).toEqual(['meeting:international-steering-committee-aarhus-2017-05']);
  const theme = await t.client.request<Events>(EVENTS, { themeId: 'theme:referral-mechanisms', status: 'HELD' });
  expect(theme.events.edges.map((e) => e.node.id)).toEqual(['workshop:western-balkans-durres-2017']);
});

test('Events: a malformed date names the argument', async () => {
  await expect(t.client.request(EVENTS, { from: 'May 2017' })).rejects.toMatchObject({
    response: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'from' }) })] },
  });
});

test('Stats: one row per entity kind and per relationship type', async () => {
  const data = await t.client.request<{ stats: { kind: string; count: number }[] }>(gql`{ stats { kind count } }`);
  const counts = Object.fromEntries(data.stats.map((s) => [s.kind, s.count]));
  expect(counts).toMatchObject({ Country: 7, City: 2, Workshop: 5, RiskTheme: 7, Source: 3, PARTICIPATED_IN: 6, COVERED: 7, PART_OF: 6, HELD_IN: 6 });
});

test('Theme coverage: themes covered in the Western Balkans in 2017', async () => {
  const data = await t.client.request<{ themeCoverage: { theme: { id: string }; events: number; cities: number; countries: number }[] }>(gql`
    { themeCoverage(regionId: "region:western-balkans", from: "2017", to: "2017") { theme { id } events cities countries } }
  `);
  const covered = data.themeCoverage.filter((c) => c.events > 0);
  expect(covered.map((c) => c.theme.id).sort()).toEqual([
    'theme:cohesive-resilient-communities',
    'theme:families-and-young-people',
    'theme:local-action-planning',
    'theme:preventing-violent-extremism',
    'theme:referral-mechanisms',
    'theme:returnees-and-reintegration',
    'theme:risk-assessment',
  ]);
  // Each was covered at the Durrës workshop: one event, in one city, with six countries involved.
  expect(covered[0]).toMatchObject({ events: 1, cities: 1, countries: 6 });
  const in2018 = await t.client.request<{ themeCoverage: { events: number }[] }>(gql`{ themeCoverage(regionId: "region:western-balkans", from: "2018") { events } }`);
  expect(in2018.themeCoverage.every((c) => c.events === 0)).toBe(true);
});

test('Country activity: Albania hosted two events and took part in one', async () => {
  const data = await t.client.request<{ countryActivity: { country: { id: string }; hosted: number; participated: number; partners: number }[] }>(gql`
    { countryActivity(regionId: "region:western-balkans") { country { id } hosted participated partners } }
  `);
  expect(data.countryActivity).toHaveLength(6);
  expect(data.countryActivity[0]).toEqual({ country: { id: 'country:albania' }, hosted: 2, participated: 1, partners: 1 });
  expect(data.countryActivity.find((c) => c.country.id === 'country:serbia')).toEqual({ country: { id: 'country:serbia' }, hosted: 0, participated: 1, partners: 1 });
});
