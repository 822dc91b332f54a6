import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

// Researcher questions asked of the network's public record (issue 9), over HTTP, of the real server on a real Neo4j.
// The expected answers are what the cited pages state (seeds/, docs/public-record/verified-facts.tsv), written out here.

const WB_PAGE = 'source:strongcities-undated-western-balkans';
const WB_REPORT = 'source:strongcities-undated-western-balkans-regional-assessment';
const KOLKATA_REPORT = 'source:isd-2018-kolkata-regional-practitioners-workshop-report';
const KOLKATA_NEWSLETTER = 'source:isd-undated-kolkata-workshop-newsletter';
const DURRES_POST = 'source:scn-western-balkans-workshop-durres';

interface PartialDateJson {
  iso: string;
  precision: string;
}

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

test('Public record: the first Western Balkans cities to join were Čair, Gjilan and Peja, in January 2016, then Elbasan in 2017', async () => {
  const data = await t.client.request<{
    node: { memberships: { joined: PartialDateJson | null; from: { id: string; name: string; country: { region: { id: string } | null } | null }; evidence: { source: { id: string } }[] }[] };
  }>(gql`
    {
      node(id: "network:scn") {
        ... on Network {
          memberships(first: 500) { joined { iso precision } from { id name country { region { id } } } evidence { source { id } } }
        }
      }
    }
  `);
  const westernBalkans = data.node.memberships
    .filter((m) => m.from.country?.region?.id === 'region:western-balkans' && m.joined !== null)
    .sort((a, b) => (a.joined!.iso < b.joined!.iso ? -1 : a.joined!.iso > b.joined!.iso ? 1 : a.from.id < b.from.id ? -1 : 1));
  expect(westernBalkans.map((m) => [m.from.name, m.joined])).toEqual([
    ['Čair', { iso: '2016-01', precision: 'MONTH' }],
    ['Gjilan', { iso: '2016-01', precision: 'MONTH' }],
    ['Peja', { iso: '2016-01', precision: 'MONTH' }],
    ['Elbasan', { iso: '2017', precision: 'YEAR' }],
  ]);
  const sourcesOf = (id: string) => [...new Set(westernBalkans.find((m) => m.from.id === id)!.evidence.map((e) => e.source.id))].sort();
  // Two pages date Čair's joining (the report's copy spells it Cair); Peja and Gjilan only the Western Balkans page.
  expect(sourcesOf('city:cair')).toEqual([WB_PAGE, WB_REPORT]);
  expect(sourcesOf('city:peja')).toEqual([WB_PAGE]);
  expect(sourcesOf('city:gjilan')).toEqual([WB_PAGE]);
  expect(sourcesOf('city:elbasan')).toEqual(['source:strongcities-undated-city-spotlight-elbasan']);
});

test('Public record: the global summits in order, where each took place, and which the sources report as held', async () => {
  const data = await t.client.request<{
    summits: { edges: { node: { id: string; status: string; edition: number | null; date: PartialDateJson; city: { name: string } | null } }[] };
  }>(gql`
    {
      summits(first: 20) { edges { node { id status edition date { iso precision } city { name } } } }
    }
  `);
  expect(data.summits.edges.map(({ node }) => [node.date.iso, node.city?.name, node.status, node.edition])).toEqual([
    // ShareAmerica and GWU announce 11-12 May; the SCN report of 25 May 2016 says only "May" (the week before).
    ['2016-05-11', 'Antalya', 'HELD', 1],
    // Only the announcement of March 2017 is cited: no page in the record reports this summit as held.
    ['2017-05-17', 'Aarhus', 'SCHEDULED', null],
    ['2018-07-11', 'Melbourne', 'HELD', null],
    ['2023-09-19', 'New York City', 'HELD', 4],
    ['2024-12-03', 'Cape Town', 'HELD', 5],
  ]);
});

test('Public record: the hubs launched in 2022-2023 are the Western Balkans hub (online, end of 2022) and the East & Southern Africa hub (Nairobi, October 2022)', async () => {
  const data = await t.client.request<{
    events: { edges: { node: { id: string; date: PartialDateJson | null; city: { name: string } | null; hub: { id: string; name: string; serves: { id: string }[] } | null } }[] };
  }>(gql`
    {
      events(kinds: [HubLaunch], from: "2022", to: "2023") {
        edges { node { id date { iso precision } city { name } ... on HubLaunch { hub { id name serves { id } } } } }
      }
    }
  `);
  expect(data.events.edges.map(({ node }) => [node.date?.iso, node.city?.name ?? null, node.hub?.name, node.hub?.serves.map((r) => r.id)])).toEqual([
    ['2022', null, 'Western Balkans Regional Hub', ['region:western-balkans']],
    ['2022-10-26', 'Nairobi', 'East & Southern Africa Regional Hub', ['region:east-and-southern-africa']],
  ]);
});

test('Public record: the network member count grew from 35 cities to more than 230, each count with the page that states it', async () => {
  const data = await t.client.request<{
    membershipTimeline: { kind: string; date: PartialDateJson | null; count: { value: number; qualifier: string } | null; sources: { id: string }[] }[];
  }>(gql`
    {
      membershipTimeline(networkId: "network:scn") { kind date { iso precision } count { value qualifier } sources { id } }
    }
  `);
  const counts = data.membershipTimeline.filter((e) => e.kind === 'COUNT');
  // The two counts the pages date come first, in order; undated counts are listed after them.
  expect(counts.slice(0, 2).map((e) => [e.date?.iso, e.count?.qualifier, e.count?.value, e.sources.map((s) => s.id)])).toEqual([
    ['2023-03', 'EXACTLY', 165, ['source:strongcities-undated-al-jazeera-western-balkans-translation']],
    ['2024-05-10', 'MORE_THAN', 230, ['source:strongcities-2024-05-nyc-declaration-implementation-update']],
  ]);
  const undated = counts.slice(2).map((e) => [e.date, `${e.count?.qualifier} ${e.count?.value}`, e.sources.map((s) => s.id).sort()]);
  expect(undated).toHaveLength(6);
  expect(undated).toEqual(
    expect.arrayContaining([
      [null, 'EXACTLY 35', ['source:shareamerica-undated-is-your-city-a-strong-city']],
      [null, 'MORE_THAN 100', ['source:isd-undated-can-cities-stop-wars-western-balkans']],
      [null, 'EXACTLY 120', [WB_REPORT]],
      [null, 'MORE_THAN 120', ['source:strongcities-undated-about-the-scn']],
      [null, 'EXACTLY 142', ['source:isd-undated-strong-cities-network-area-of-work']],
      [null, 'MORE_THAN 160', ['source:strongcities-undated-what-is-the-scn']],
    ]),
  );
});

test('Public record: for the Kolkata workshop the ISD report says 14 cities and its newsletter 15; the date and status refine the January 2018 announcement', async () => {
  const data = await t.client.request<{
    claims: { properties: { property: string; value: string | null; agreement: string; claims: { value: string; chosen: boolean; sources: { id: string }[] }[] }[] };
  }>(gql`
    {
      claims(id: "workshop:south-asia-2018-01") { properties { property value agreement claims { value chosen sources { id } } } }
    }
  `);
  const property = (name: string) => data.claims.properties.find((p) => p.property === name);
  const cityCount = property('cityCount');
  expect(cityCount?.agreement).toBe('CONFLICT');
  expect(cityCount?.claims.map((c) => [c.value, c.sources.map((s) => s.id)]).sort()).toEqual([
    ['EXACTLY 14', [KOLKATA_REPORT]],
    ['EXACTLY 15', [KOLKATA_NEWSLETTER]],
  ]);
  // The Durrës post announced it for January 2018 (SCHEDULED); the report dates it 31 January 2018 and reports it held.
  expect(property('date')).toMatchObject({ value: '2018-01-31', agreement: 'REFINED' });
  expect(property('date')?.claims.map((c) => [c.value, c.sources.map((s) => s.id)]).sort()).toEqual([
    ['2018-01', [DURRES_POST]],
    ['2018-01-31', [KOLKATA_REPORT]],
  ]);
  expect(property('status')).toMatchObject({ value: 'HELD', agreement: 'REFINED' });
});
