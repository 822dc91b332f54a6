import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

interface SubgraphJson {
  nodes: { id: string; kind: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string } }[];
  truncated: boolean;
}

const NEIGHBOURHOOD = gql`
  query ($id: ID!, $depth: Int, $limit: Int, $kinds: [EntityKind!], $types: [String!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, kinds: $kinds, relationshipTypes: $types) {
      nodes { id kind } relationships { type from { id } to { id } } truncated
    }
  }
`;

test('Neighbourhood: the Durrës workshop at depth 1 is its direct links', async () => {
  const { neighborhood } = await t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', depth: 1 });
  const ids = neighborhood.nodes.map((n) => n.id);
  expect(ids[0]).toBe('workshop:western-balkans-durres-2017');
  expect(ids).toEqual(expect.arrayContaining(['partner:icma', 'city:durres', 'network:scn', 'country:north-macedonia', 'theme:referral-mechanisms', 'workshop:in-country-training-kosovo-2017', 'workshop:south-asia-2018-01']));
  expect(ids).not.toContain('city:aarhus');
  expect(ids).not.toContain('region:western-balkans');
  expect(neighborhood.nodes).toHaveLength(23);
  expect(neighborhood.truncated).toBe(false);
  // Every relationship joins two returned nodes.
  const set = new Set(ids);
  for (const r of neighborhood.relationships) expect(set.has(r.from.id) && set.has(r.to.id)).toBe(true);
  expect(neighborhood.relationships.length).toBeGreaterThanOrEqual(22);
});

test('Neighbourhood: depth 2 adds what lies two steps away', async () => {
  const one = await t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', depth: 1 });
  const two = await t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', depth: 2 });
  const ids = two.neighborhood.nodes.map((n) => n.id);
  expect(ids).toEqual(expect.arrayContaining(one.neighborhood.nodes.map((n) => n.id)));
  expect(ids).toEqual(expect.arrayContaining(['country:albania', 'region:western-balkans', 'partner:isd', 'meeting:international-steering-committee-aarhus-2017-05', 'region:south-asia']));
  expect(ids.length).toBeGreaterThan(one.neighborhood.nodes.length);
});

test('Neighbourhood: limit truncates and says so; kinds and types narrow the walk', async () => {
  const limited = await t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', depth: 2, limit: 5 });
  expect(limited.neighborhood.nodes).toHaveLength(5);
  expect(limited.neighborhood.truncated).toBe(true);
  const themes = await t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', kinds: ['RiskTheme'] });
  expect(themes.neighborhood.nodes.slice(1).every((n) => n.kind === 'RiskTheme')).toBe(true);
  expect(themes.neighborhood.nodes).toHaveLength(8);
  const hosted = await t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', types: ['HOSTED_BY'] });
  expect(hosted.neighborhood.nodes.map((n) => n.id)).toEqual(['workshop:western-balkans-durres-2017', 'partner:icma']);
  expect(hosted.neighborhood.relationships.map((r) => r.type)).toEqual(['HOSTED_BY']);
});

test('Neighbourhood: null for an unknown id', async () => {
  const data = await t.client.request<{ neighborhood: unknown }>(NEIGHBOURHOOD, { id: 'city:atlantis' });
  expect(data.neighborhood).toBeNull();
});

test('Common connections: what two trainings share', async () => {
  const data = await t.client.request<{ commonConnections: { id: string }[] }>(gql`
    { commonConnections(ids: ["workshop:in-country-training-kosovo-2017", "workshop:in-country-training-albania-2017"]) { id } }
  `);
  expect(data.commonConnections.map((e) => e.id)).toEqual(['workshop:western-balkans-durres-2017']);
});

test('Common connections: Kosovo and Serbia share two workshops (Durrës and Ulcinj, 2017) and the region', async () => {
  const data = await t.client.request<{ commonConnections: { id: string }[] }>(gql`{ commonConnections(ids: ["country:kosovo", "country:serbia"]) { id } }`);
  expect(data.commonConnections.map((e) => e.id)).toEqual(['workshop:western-balkans-durres-2017', 'workshop:ulcinj-2017', 'region:western-balkans']);
});
