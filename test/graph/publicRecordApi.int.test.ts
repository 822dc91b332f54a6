import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { runFixture } from '../support/cypherFixture';

// The API over the public record's kinds and relationship properties, asked of the seeds (cited pages) and,
// for a dated count and an end date, of fixture entities (test data, removed afterwards): which of several
// sources' values an entity holds is the claims resolution's business, not the API's.
let t: TestService;
beforeAll(async () => {
  t = await startTestService();
  await runFixture(t.db, 'delete-test-entities');
  await runFixture(t.db, 'create-dated-test-entities');
});
afterAll(async () => {
  await runFixture(t.db, 'delete-test-entities');
  await t.stop();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

/** Posts a query and returns the answer, errors included, and the statements it sent to Neo4j. */
async function ask(query: string, variables: Record<string, unknown> = {}): Promise<{ answer: Answer; queries: string[] }> {
  const { result, queries } = await t.countQueries(async () => {
    const response = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Answer;
  });
  return { answer: result, queries };
}

type Page = { totalCount: number; edges: { node: { id: string; kind: string; date: { iso: string } | null } }[] };
const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

test('Public record API: events(kinds) keeps only events of the kinds given, in chronological order; null or omitted keeps every kind', async () => {
  const data = await t.client.request<Record<string, Page>>(gql`
    {
      all: events(first: 100) { totalCount edges { node { id kind date { iso } } } }
      nulled: events(kinds: null, first: 100) { totalCount edges { node { id kind date { iso } } } }
      summitEvents: events(kinds: [Summit], first: 100) { totalCount edges { node { id kind date { iso } } } }
      twoKinds: events(kinds: [Consultation, Summit, Summit], first: 100) { totalCount edges { node { id kind date { iso } } } }
      summits(first: 100) { totalCount edges { node { id kind date { iso } } } }
      consultations(first: 100) { totalCount edges { node { id kind date { iso } } } }
    }
  `);
  expect(data.summits.totalCount).toBeGreaterThanOrEqual(5);
  expect(data.consultations.totalCount).toBeGreaterThan(0);
  expect(data.summitEvents.totalCount).toBe(data.summits.totalCount);
  expect(ids(data.summitEvents).sort()).toEqual(ids(data.summits).sort());
  expect(data.twoKinds.totalCount).toBe(data.summits.totalCount + data.consultations.totalCount);
  expect(new Set(data.twoKinds.edges.map((edge) => edge.node.kind))).toEqual(new Set(['Summit', 'Consultation']));
  expect(ids(data.twoKinds).sort()).toEqual([...ids(data.summits), ...ids(data.consultations)].sort());
  const isos = data.twoKinds.edges.map((edge) => edge.node.date?.iso ?? '');
  expect(isos).toEqual([...isos].sort());
  expect(data.nulled).toEqual(data.all);
  expect(data.all.totalCount).toBeGreaterThan(data.twoKinds.totalCount);
});

test('Public record API: events(kinds) refuses a kind that is not an event kind, and an empty list, naming kinds, before any database work', async () => {
  for (const kinds of [['Summit', 'City'], []]) {
    const { answer, queries } = await ask('query ($kinds: [EntityKind!]) { events(kinds: $kinds) { totalCount edges { node { id } } } }', { kinds });
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kinds' });
    expect(answer.errors![0].message).toContain('kinds');
    expect(queries).toEqual([]);
  }
  const { answer } = await ask('{ events(kinds: [Person]) { totalCount } }');
  expect(answer.errors![0].message).toContain('Person is not among them');
});

test('Public record API: an event lasting several days has its endDate at its precision, by id, in its list and in events', async () => {
  const data = await t.client.request<{ node: { endDate: unknown }; summits: { edges: { node: { endDate: unknown } }[] }; events: { edges: { node: { id: string; endDate: { iso: string } | null } }[] } }>(gql`
    {
      node(id: "summit:test-three-days") { ... on Event { endDate { year month day precision iso } } }
      summits(filter: { ids: ["summit:test-three-days"] }) { edges { node { endDate { year month day precision iso } } } }
      events(kinds: [Summit], from: "2019-06", to: "2019-06") { edges { node { id endDate { iso } } } }
    }
  `);
  const endDate = { year: 2019, month: 6, day: 5, precision: 'DAY', iso: '2019-06-05' };
  expect(data.node.endDate).toEqual(endDate);
  expect(data.summits.edges[0].node.endDate).toEqual(endDate);
  expect(data.events.edges).toContainEqual({ node: { id: 'summit:test-three-days', endDate: { iso: '2019-06-05' } } });
  const { node } = await t.client.request<{ node: { endDate: unknown } }>(gql`{ node(id: "workshop:western-balkans-durres-2017") { ... on Event { endDate { iso } } } }`);
  expect(node.endDate).toBeNull();
});

test('Public record API: a stated count carries asOf, the date it holds at, at its precision; an undated count has asOf null', async () => {
  const data = await t.client.request<{ dated: { memberCityCount: unknown }; listed: { edges: { node: { memberCityCount: unknown } }[] }; undated: { memberCityCount: { asOf: unknown } | null } }>(gql`
    {
      dated: node(id: "region:test-dated-count") { ... on Region { memberCityCount { value qualifier asOf { year month day precision iso } } } }
      listed: regions(filter: { ids: ["region:test-dated-count"] }) { edges { node { memberCityCount { value qualifier asOf { iso precision } } } } }
      undated: node(id: "region:western-balkans") { ... on Region { memberCityCount { value asOf { iso } } } }
    }
  `);
  expect(data.dated.memberCityCount).toEqual({ value: 12, qualifier: 'AROUND', asOf: { year: 2019, month: 6, day: null, precision: 'MONTH', iso: '2019-06' } });
  expect(data.listed.edges[0].node.memberCityCount).toEqual({ value: 12, qualifier: 'AROUND', asOf: { iso: '2019-06', precision: 'MONTH' } });
  expect(data.undated.memberCityCount).toMatchObject({ value: 40, asOf: null });
});

type Membership = { from: { id: string }; to: { id: string }; joined: { iso: string; precision: string } | null; evidence: { kind: string; statement: string | null; source: { id: string; address: string | null } }[] };

test('Public record API: memberships are edges with both ends, when each city joined as its source says, and the evidence, ordered by the city', async () => {
  const { answer, queries } = await ask(`{
    node(id: "network:scn") { ... on Network {
      memberships(first: 500) { from { id } to { id } joined { iso precision } evidence { kind statement source { id address } } }
      memberCities(first: 500) { id }
    } }
  }`);
  expect(answer.errors).toBeUndefined();
  expect(queries).toEqual(['compiled-entities']);
  const network = answer.data!.node as { memberships: Membership[]; memberCities: { id: string }[] };
  expect(network.memberships.map((m) => m.from.id)).toEqual(network.memberCities.map((c) => c.id));
  expect(network.memberships.every((m) => m.to.id === 'network:scn')).toBe(true);
  const cair = network.memberships.find((m) => m.from.id === 'city:cair')!;
  expect(cair.joined).toEqual({ iso: '2016-01', precision: 'MONTH' });
  expect(cair.evidence.length).toBeGreaterThan(0);
  for (const evidence of cair.evidence) expect(evidence).toMatchObject({ kind: 'CITATION', statement: expect.any(String), source: { address: expect.stringMatching(/^https?:\/\//) } });

  const city = await t.client.request<{ node: { memberships: unknown[] } }>(gql`{ node(id: "city:cair") { ... on City { memberships { from { id } to { id } joined { iso } } } } }`);
  expect(city.node.memberships).toEqual([{ from: { id: 'city:cair' }, to: { id: 'network:scn' }, joined: { iso: '2016-01' } }]);
});

test('Public record API: a person\'s roles and appearances, and the office holders of a network, carry the properties their sources state', async () => {
  const data = await t.client.request<{ person: { roles: unknown[]; appearances: unknown[] }; scn: { officeHolders: { from: { id: string }; role: string; asOf: { iso: string } | null }[] } }>(gql`
    {
      person: node(id: "person:asmaa-rhlalou") { ... on Person {
        roles { from { id } to { id kind } role asOf { iso precision } startDate { iso } endDate { iso } }
        appearances { to { id kind ... on Event { date { year } } } part }
      } }
      scn: node(id: "network:scn") { ... on Network { officeHolders(first: 500) { from { id } role asOf { iso } } } }
    }
  `);
  expect(data.person.roles).toEqual(
    expect.arrayContaining([
      { from: { id: 'person:asmaa-rhlalou' }, to: { id: 'city:rabat', kind: 'City' }, role: 'Mayor', asOf: { iso: '2023-10-19', precision: 'DAY' }, startDate: null, endDate: null },
      { from: { id: 'person:asmaa-rhlalou' }, to: { id: 'network:scn', kind: 'Network' }, role: 'Co-chair of the International Steering Committee', asOf: { iso: '2023-10-19', precision: 'DAY' }, startDate: null, endDate: null },
    ]),
  );
  expect(data.person.appearances).toEqual([{ to: { id: 'summit:scn-global-summit-2023', kind: 'Summit', date: { year: 2023 } }, part: 'opened the mayoral meeting' }]);
  expect(data.scn.officeHolders).toEqual(expect.arrayContaining([{ from: { id: 'person:asmaa-rhlalou' }, role: 'Co-chair of the International Steering Committee', asOf: { iso: '2023-10-19' } }]));
});

test('Public record API: an edge field takes first within its bounds, like every relationship field', async () => {
  const data = await t.client.request<{ node: { one: unknown[]; none: unknown[] } }>(gql`{ node(id: "network:scn") { ... on Network { one: memberships(first: 1) { from { id } } none: memberships(first: 0) { from { id } } } } }`);
  expect(data.node.one).toHaveLength(1);
  expect(data.node.none).toEqual([]);
  const { answer, queries } = await ask('{ node(id: "network:scn") { ... on Network { memberships(first: 501) { from { id } } } } }');
  expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  expect(queries).toEqual([]);
});

test('Public record API: people, hubs and the new event kinds are found by search and walked by neighborhood', async () => {
  const data = await t.client.request<{ search: { entity: { id: string; kind: string } }[]; neighborhood: { nodes: { id: string; kind: string }[]; relationships: { type: string }[] } }>(gql`
    {
      search(text: "Rhlalou", kinds: [Person]) { entity { id kind } }
      neighborhood(id: "person:asmaa-rhlalou", depth: 1) { nodes { id kind } relationships { type } }
    }
  `);
  expect(data.search.map((hit) => hit.entity)).toEqual([{ id: 'person:asmaa-rhlalou', kind: 'Person' }]);
  expect(data.neighborhood.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:asmaa-rhlalou', 'city:rabat', 'network:scn', 'summit:scn-global-summit-2023']));
  expect(data.neighborhood.relationships.map((r) => r.type)).toEqual(expect.arrayContaining(['HOLDS_ROLE', 'APPEARED_AT']));
});

test('Public record API: the export carries relationship properties: every stored key in JSON, the declared properties as GraphML edge data', async () => {
  const json = (await (await fetch(`${t.baseUrl}/export?format=json&id=city:cair&depth=1`)).json()) as { relationships: { type: string; from: string; to: string; properties: Record<string, unknown> }[] };
  const membership = json.relationships.find((r) => r.type === 'MEMBER_OF' && r.from === 'city:cair');
  expect(membership?.properties).toMatchObject({ joinedIso: '2016-01', joinedPrecision: 'MONTH', joinedYear: 2016, joinedMonth: 1 });
  const graphml = await (await fetch(`${t.baseUrl}/export?format=graphml&id=person:asmaa-rhlalou&depth=1`)).text();
  expect(graphml).toContain('<key id="e_joined" for="edge" attr.name="joined" attr.type="string"/>');
  const role = graphml.split('\n').find((line) => line.includes('source="person:asmaa-rhlalou" target="city:rabat"'));
  expect(role).toContain('<data key="e_role">Mayor</data>');
  expect(role).toContain('<data key="e_asOf">2023-10-19</data>');
});
