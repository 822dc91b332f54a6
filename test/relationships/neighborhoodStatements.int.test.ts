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
  nodes: { id: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string } }[];
  truncated: boolean;
}

const NEIGHBOURHOOD = gql`
  query ($id: ID!, $depth: Int, $limit: Int, $types: [String!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $types) {
      nodes { id } relationships { type from { id } to { id } } truncated
    }
  }
`;

test('Neighbourhood: any depth, entities and relationships together, is one statement to Neo4j', async () => {
  const sizes: number[] = [];
  for (const depth of [1, 2, 3]) {
    const { result, queries } = await t.countQueries(() =>
      t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', depth, limit: 1000 }),
    );
    expect([depth, queries]).toEqual([depth, ['neighborhood-walk']]);
    const { nodes, relationships } = result.neighborhood;
    const ids = new Set(nodes.map((n) => n.id));
    expect(relationships.length).toBeGreaterThanOrEqual(nodes.length - 1);
    for (const r of relationships) expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
    sizes.push(nodes.length);
  }
  // Each level reached further: the one statement walked all three.
  expect(sizes[1]).toBeGreaterThan(sizes[0]);
  expect(sizes[2]).toBeGreaterThan(sizes[1]);
});

test('Neighbourhood: a cut neighbourhood and a filtered one are one statement too, an unknown centre as well', async () => {
  const cut = await t.countQueries(() => t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'network:scn', depth: 3, limit: 7 }));
  expect(cut.queries).toEqual(['neighborhood-walk']);
  expect(cut.result.neighborhood.nodes).toHaveLength(7);
  expect(cut.result.neighborhood.truncated).toBe(true);
  const hosted = await t.countQueries(() =>
    t.client.request<{ neighborhood: SubgraphJson }>(NEIGHBOURHOOD, { id: 'workshop:western-balkans-durres-2017', depth: 2, types: ['HOSTED_BY'] }),
  );
  expect(hosted.queries).toEqual(['neighborhood-walk']);
  expect(hosted.result.neighborhood.relationships.map((r) => r.type)).toEqual(expect.arrayContaining(['HOSTED_BY']));
  expect(hosted.result.neighborhood.relationships.every((r) => r.type === 'HOSTED_BY')).toBe(true);
  const unknown = await t.countQueries(() => t.client.request<{ neighborhood: unknown }>(NEIGHBOURHOOD, { id: 'city:atlantis' }));
  expect(unknown.queries).toEqual(['neighborhood-walk']);
  expect(unknown.result.neighborhood).toBeNull();
});
