import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { readSeeds } from '../../src/seed/readSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';

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

test('Events: chronological, undated first, a year-only date before the months of that year', async () => {
  const data = await t.client.request<Events>(EVENTS, {});
  // Undated: the Ulcinj workshop, the Western Balkans consultations, the Danilovgrad roundtable. The 2018 committee
  // meeting, known to July only, comes before the summit it was part of (11 July).
  expect(data.events.edges.map((e) => e.node.date?.iso ?? null)).toEqual([
    null, null, null, '2016-05-11', '2017', '2017', '2017', '2017-05-17', '2017-05-17', '2017-07', '2017-09', '2017-11-01', '2018-01-31',
    '2018-07', '2018-07-11', '2022', '2022-10-26', '2023-01-31', '2023-02-08', '2023-05', '2023-06', '2023-09-05', '2023-09-19', '2023-09-20',
    '2024-12', '2024-12-03', '2025-01-22',
  ]);
  expect(data.events.totalCount).toBe(27);
});

test('Events: from/to compare at the precision both sides have', async () => {
  const may = await t.client.request<Events>(EVENTS, { from: '2017-05', to: '2017-05' });
  // "2017" may be May 2017, so year-only events match a May window; "2017-05" matches exactly; "2018-01" does not.
  expect(may.events.edges.map((e) => e.node.id)).toContain('meeting:international-steering-committee-aarhus-2017-05');
  expect(may.events.edges.map((e) => e.node.id)).not.toContain('workshop:south-asia-2018-01');
  expect(may.events.totalCount).toBe(5);
  const day = await t.client.request<Events>(EVENTS, { from: '2018-01-15', to: '2018-06' });
  expect(day.events.edges.map((e) => e.node.id)).toEqual(['workshop:south-asia-2018-01']);
  const before = await t.client.request<Events>(EVENTS, { from: '2018-01', to: '2018-01-30' });
  // Held on 31 January 2018 (the ISD report): not on or before the 30th.
  expect(before.events.edges.map((e) => e.node.id)).toEqual([]);
});

test('Events: filter by region, country, theme and status', async () => {
  // The hub's inaugural workshop of 2023 is not among them: its page names no place.
  const region = await t.client.request<Events>(EVENTS, { regionId: 'region:south-asia' });
  expect(region.events.edges.map((e) => e.node.id)).toEqual(['workshop:pakistan-2017-11', 'workshop:south-asia-2018-01', 'workshop:colombo-2025-01']);
  const denmark = await t.client.request<Events>(EVENTS, { countryId: 'country:denmark' });
  expect(denmark.events.edges.map((e) => e.node.id)).toEqual(['meeting:international-steering-committee-aarhus-2017-05', 'summit:scn-global-summit-2017']);
  const scheduled = await t.client.request<Events>(EVENTS, { status: 'SCHEDULED' });
  expect(scheduled.events.edges.map((e) => e.node.id)).toEqual(['summit:scn-global-summit-2017']);
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
  // What the seed files state: one entity per id, one relationship per type and ends (several pages stating it).
  const files = readSeeds(SEEDS_DIR);
  const ids = new Map<string, string>();
  const relationships = new Map<string, string>();
  for (const f of files) {
    if (f.kind === 'document') {
      ids.set(f.data.source.id, 'Source');
      for (const e of f.data.entities) ids.set(e.id, e.kind);
    } else ids.set(f.data.reference.id, 'Source');
    for (const r of f.data.relationships) relationships.set(`${r.from} ${r.type} ${r.to}`, r.type);
  }
  const tally = (values: Iterable<string>) => [...values].reduce<Record<string, number>>((acc, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }), {});
  expect(counts).toMatchObject({ ...tally(ids.values()), ...tally(relationships.values()) });
  expect(counts).toMatchObject({ Country: 19, Summit: 5, Source: 44, PART_OF: 15 });
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

test('Country activity: Montenegro hosted three events and took part in three; Albania hosted three', async () => {
  const data = await t.client.request<{ countryActivity: { country: { id: string }; hosted: number; participated: number; partners: number }[] }>(gql`
    { countryActivity(regionId: "region:western-balkans") { country { id } hosted participated partners } }
  `);
  expect(data.countryActivity).toHaveLength(6);
  // Montenegro: its in-country training, the Ulcinj workshop and the Danilovgrad roundtable held there; it took part
  // in Durrës and Ulcinj, and Danilovgrad in its roundtable; ICMA hosted Durrës.
  expect(data.countryActivity[0]).toEqual({ country: { id: 'country:montenegro' }, hosted: 3, participated: 3, partners: 1 });
  // Albania: its training, Durrës and the 2023 youth workshop in Elbasan; it took part in Durrës.
  expect(data.countryActivity.find((c) => c.country.id === 'country:albania')).toEqual({ country: { id: 'country:albania' }, hosted: 3, participated: 1, partners: 1 });
  expect(data.countryActivity.find((c) => c.country.id === 'country:serbia')).toEqual({ country: { id: 'country:serbia' }, hosted: 0, participated: 2, partners: 1 });
});
