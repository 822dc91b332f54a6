import { gql } from 'graphql-request';
import { importSeeds } from '../../src/seed/importSeeds';
import { SeedFile } from '../../src/seed/readSeeds';
import { documentFileSchema } from '../../src/seed/seedFileSchema';
import { runFixture } from '../support/cypherFixture';
import { startTestService, TestService } from '../support/testService';

// Two test pages, imported through the seed importer, that place events differently: one event in two different
// cities (a contradiction), another in a city by one page and in that city's country by the other (a refinement).

const cite = (statement: string) => [{ statement }];

function page(letter: 'a' | 'b', entities: unknown[], relationships: unknown[]): SeedFile {
  const data = documentFileSchema.parse({
    source: {
      id: `source:test-claims-${letter}`,
      name: `Test page ${letter.toUpperCase()}`,
      address: `https://example.org/test-claims-${letter}`,
      title: `Test page ${letter.toUpperCase()}`,
      documentType: 'web page',
      publisher: 'Test publisher',
      consultedDate: '2026-11-26',
      evidence: [],
    },
    entities,
    relationships,
  });
  return { kind: 'document', path: `test-claims-${letter}.json`, data };
}

const workshop = (id: string, name: string) => ({
  id,
  kind: 'Workshop',
  name,
  aliases: [],
  properties: { workshopKind: 'REGIONAL_PRACTITIONERS_WORKSHOP', status: 'HELD', date: '2020-05' },
  evidence: cite(`${name} took place in May 2020.`),
});
const place = (id: string, kind: 'City' | 'Country', name: string) => ({ id, kind, name, aliases: [], evidence: cite(`${name} is a place.`) });
const heldIn = (from: string, to: string) => ({ type: 'HELD_IN', from, to, evidence: cite(`${from} was held in ${to}.`) });

const TWO_CITIES = 'workshop:test-claims-two-cities';
const NESTED = 'workshop:test-claims-nested';
const NORTH = 'city:test-claims-north';
const SOUTH = 'city:test-claims-south';
const LAND = 'country:test-claims-land';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
  await importSeeds(t.db, [
    page(
      'a',
      [workshop(TWO_CITIES, 'Test two-city workshop'), workshop(NESTED, 'Test nested workshop'), place(NORTH, 'City', 'North Test City'), place(LAND, 'Country', 'Test Land')],
      [heldIn(TWO_CITIES, NORTH), heldIn(NESTED, NORTH), { type: 'LOCATED_IN', from: NORTH, to: LAND, evidence: cite('North Test City lies in Test Land.') }],
    ),
    page('b', [workshop(TWO_CITIES, 'Test two-city workshop'), workshop(NESTED, 'Test nested workshop'), place(SOUTH, 'City', 'South Test City'), place(LAND, 'Country', 'Test Land')], [heldIn(TWO_CITIES, SOUTH), heldIn(NESTED, LAND)]),
  ]);
});
afterAll(async () => {
  await runFixture(t.db, 'delete-test-entities');
  await t.stop();
});

interface PropertyClaims {
  property: string;
  value: string | null;
  agreement: string;
  claims: { value: string; chosen: boolean; sources: { id: string }[]; evidence: { statement: string | null }[] }[];
}

const CLAIMS = gql`
  query ($id: ID!) {
    claims(id: $id) {
      agreement
      properties { property value agreement claims { value chosen sources { id } evidence { statement } } }
    }
  }
`;

async function claimsOf(id: string): Promise<{ agreement: string; properties: PropertyClaims[] }> {
  return (await t.client.request<{ claims: { agreement: string; properties: PropertyClaims[] } }>(CLAIMS, { id })).claims;
}

test('Claims: an event two pages place in two different cities is a CONFLICT on its city, each city with its page; the field shows the first by name', async () => {
  const claims = await claimsOf(TWO_CITIES);
  const city = claims.properties.find((p) => p.property === 'city');
  expect(city).toEqual({
    property: 'city',
    value: NORTH,
    agreement: 'CONFLICT',
    claims: [
      { value: NORTH, chosen: true, sources: [{ id: 'source:test-claims-a' }], evidence: [{ statement: `${TWO_CITIES} was held in ${NORTH}.` }] },
      { value: SOUTH, chosen: false, sources: [{ id: 'source:test-claims-b' }], evidence: [{ statement: `${TWO_CITIES} was held in ${SOUTH}.` }] },
    ],
  });
  // The same disagreement is not reported a second time through Event.place, which sees the same two cities.
  expect(claims.properties.map((p) => p.property)).not.toContain('place');
  expect(claims.agreement).toBe('CONFLICT');
  const shown = await t.client.request<{ node: { city: { id: string } } }>(gql`query ($id: ID!) { node(id: $id) { ... on Event { city { id } } } }`, { id: TWO_CITIES });
  expect(shown.node.city.id).toBe(NORTH);
});

test("Claims: an event one page places in a city and another in that city's country is REFINED, not a dispute", async () => {
  const claims = await claimsOf(NESTED);
  const placeClaims = claims.properties.find((p) => p.property === 'place')!;
  expect(placeClaims.agreement).toBe('REFINED');
  expect(placeClaims.claims.map((c) => [c.value, c.sources.map((s) => s.id)])).toEqual([
    [NORTH, ['source:test-claims-a']],
    [LAND, ['source:test-claims-b']],
  ]);
  expect(claims.properties.map((p) => p.property)).not.toContain('city');
});

test('Disputes: the two-city event is listed under its city field, without a relationship; the refined one is not listed', async () => {
  const data = await t.client.request<{ disputes: { entity: { id: string }; property: string; relationship: unknown; claims: { value: string }[] }[] }>(
    gql`{ disputes(kinds: [Workshop], first: 200) { entity { id } property relationship { type } claims { value } } }`,
  );
  const ours = data.disputes.filter((d) => d.entity.id.includes(':test-claims-'));
  expect(ours).toEqual([{ entity: { id: TWO_CITIES }, property: 'city', relationship: null, claims: [{ value: NORTH }, { value: SOUTH }] }]);
});
