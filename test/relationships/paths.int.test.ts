import { gql } from 'graphql-request';
import { BOUNDS } from '../../src/model/bounds';
import { runFixture } from '../support/cypherFixture';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await runFixture(t.db, 'delete-test-entities');
  await t.stop();
});

interface PathJson {
  length: number;
  nodes: { id: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string }; evidence: { excerpt: string }[] }[];
}

test('Paths: from ISD to the city where the framework it co-developed was announced', async () => {
  // Over the three relationship types of that story (the shortest path over every type is shorter: ISD runs the
  // network, whose steering committee Aarhus sits on).
  const data = await t.client.request<{ shortestPath: PathJson; any: PathJson }>(gql`
    {
      shortestPath(fromId: "partner:isd", toId: "city:aarhus", relationshipTypes: ["DEVELOPED_BY", "ANNOUNCED_AT", "HELD_IN"]) {
        length nodes { id } relationships { type from { id } to { id } evidence { excerpt } }
      }
      any: shortestPath(fromId: "partner:isd", toId: "city:aarhus") { length nodes { id } relationships { type from { id } to { id } evidence { excerpt } } }
    }
  `);
  expect(data.any.nodes.map((n) => n.id)).toEqual(['partner:isd', 'network:scn', 'city:aarhus']);
  expect(data.any.relationships.map((r) => [r.type, r.from.id, r.to.id])).toEqual([
    ['PARTNER_OF', 'partner:isd', 'network:scn'],
    ['ON_STEERING_COMMITTEE_OF', 'city:aarhus', 'network:scn'],
  ]);
  const path = data.shortestPath;
  expect(path.length).toBe(3);
  expect(path.nodes.map((n) => n.id)).toEqual(['partner:isd', 'initiative:isd-creative-joint-framework', 'meeting:international-steering-committee-aarhus-2017-05', 'city:aarhus']);
  // Relationships keep their own direction: the first one points from the initiative to ISD.
  expect(path.relationships.map((r) => [r.type, r.from.id, r.to.id])).toEqual([
    ['DEVELOPED_BY', 'initiative:isd-creative-joint-framework', 'partner:isd'],
    ['ANNOUNCED_AT', 'initiative:isd-creative-joint-framework', 'meeting:international-steering-committee-aarhus-2017-05'],
    ['HELD_IN', 'meeting:international-steering-committee-aarhus-2017-05', 'city:aarhus'],
  ]);
  for (const rel of [...path.relationships, ...data.any.relationships]) expect(rel.evidence.length).toBeGreaterThan(0);
});

test('Paths: null when no path fits in maxLength, or an id is unknown', async () => {
  const data = await t.client.request<{ short: unknown; unknown: unknown }>(gql`
    {
      short: shortestPath(fromId: "partner:isd", toId: "city:aarhus", maxLength: 1) { length }
      unknown: shortestPath(fromId: "partner:isd", toId: "city:atlantis") { length }
    }
  `);
  expect(data).toEqual({ short: null, unknown: null });
});

test('Paths: relationshipTypes restricts what the path may follow', async () => {
  const data = await t.client.request<{ p: PathJson | null }>(gql`
    { p: shortestPath(fromId: "city:durres", toId: "country:serbia", relationshipTypes: ["LOCATED_IN", "PART_OF"]) { length nodes { id } } }
  `);
  expect(data.p?.nodes.map((n) => n.id)).toEqual(['city:durres', 'country:albania', 'region:western-balkans', 'country:serbia']);
});

test('Paths: allShortestPaths lists every minimal path in a stable order', async () => {
  const query = gql`{ allShortestPaths(fromId: "country:kosovo", toId: "country:serbia") { length nodes { id } } }`;
  const first = await t.client.request<{ allShortestPaths: PathJson[] }>(query);
  const second = await t.client.request<{ allShortestPaths: PathJson[] }>(query);
  // Through their region and the two workshops both countries' cities took part in (Durrës 2017, Ulcinj 2017).
  expect(first.allShortestPaths.length).toBe(3);
  expect(first.allShortestPaths.every((p) => p.length === 2)).toBe(true);
  expect(first.allShortestPaths.map((p) => p.nodes[1].id).sort()).toEqual(['region:western-balkans', 'workshop:ulcinj-2017', 'workshop:western-balkans-durres-2017']);
  expect(second).toEqual(first);
});

test('Paths: the path from an entity to itself is empty', async () => {
  const data = await t.client.request<{ shortestPath: PathJson }>(gql`{ shortestPath(fromId: "city:durres", toId: "city:durres") { length nodes { id } relationships { type } } }`);
  expect(data.shortestPath).toEqual({ length: 0, nodes: [{ id: 'city:durres' }], relationships: [] });
});

test('Paths: a path as long as the documented maximum is found, one hop shorter is not enough', async () => {
  const longest = BOUNDS.pathMaxLength;
  await runFixture(t.db, 'create-test-chain', { length: longest });
  try {
    const data = await t.client.request<{ all: PathJson; tooShort: unknown }>(gql`
      query ($to: ID!, $longest: Int!, $shorter: Int!) {
        all: shortestPath(fromId: "partner:test-chain-0", toId: $to, maxLength: $longest) { length nodes { id } }
        tooShort: shortestPath(fromId: "partner:test-chain-0", toId: $to, maxLength: $shorter) { length }
      }
    `, { to: `partner:test-chain-${longest}`, longest, shorter: longest - 1 });
    expect(data.all.length).toBe(longest);
    expect(data.all.nodes.map((n) => n.id)).toEqual(Array.from({ length: longest + 1 }, (_, i) => `partner:test-chain-${i}`));
    expect(data.tooShort).toBeNull();
  } finally {
    await runFixture(t.db, 'delete-test-entities');
  }
});
