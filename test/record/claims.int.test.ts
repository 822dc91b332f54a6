import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { pageOf, readVerifiedFacts } from '../support/verifiedFacts';

// What each page states about one entity, asked of the whole public record and checked against the facts the
// research confirmed on those pages (docs/public-record/verified-facts.tsv).

interface Claim {
  value: string;
  chosen: boolean;
  sources: { id: string; address: string | null }[];
  evidence: { kind: string; statement: string | null; source: { id: string } }[];
}
interface PropertyClaims {
  property: string;
  value: string | null;
  agreement: string;
  claims: Claim[];
}
interface EntityClaims {
  entity: { id: string; name: string };
  agreement: string;
  properties: PropertyClaims[];
  relationships: { type: string; direction: string; other: { id: string }; agreement: string; sources: { address: string | null }[]; properties: PropertyClaims[] }[];
}

const CLAIM = 'value chosen sources { id address } evidence { kind statement source { id } }';
const CLAIMS = gql`
  query ($id: ID!) {
    claims(id: $id) {
      entity { id name }
      agreement
      properties { property value agreement claims { ${CLAIM} } }
      relationships { type direction other { id } agreement sources { address } properties { property value agreement claims { ${CLAIM} } } }
    }
  }
`;

let t: TestService;
const facts = readVerifiedFacts();
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

async function claimsOf(id: string): Promise<EntityClaims | null> {
  return (await t.client.request<{ claims: EntityClaims | null }>(CLAIMS, { id })).claims;
}

const property = (claims: EntityClaims, name: string) => claims.properties.find((p) => p.property === name)!;
const pagesOf = (claim: Claim) => claim.sources.map((s) => s.address).sort();

test('Claims: the Antalya summit dated by four pages: 11 May 2016 shown, May 2016 and 2016 kept with their pages (REFINED)', async () => {
  const summit = (await claimsOf('summit:scn-global-summit-2016'))!;
  const date = property(summit, 'date');
  expect(date.value).toBe('2016-05-11');
  expect(date.agreement).toBe('REFINED');
  expect(date.claims[0]).toMatchObject({ value: '2016-05-11', chosen: true });
  expect(date.claims.filter((c) => c.chosen)).toHaveLength(1);
  // Each page's date as the research confirmed it on that page (a range's first day for the announced 11-12 May).
  const confirmed = facts.filter((f) => f.subject === 'SCN Global Summit 2016 (Antalya)' && f.fact_type === 'event' && f.date !== 'unknown');
  expect(confirmed.length).toBeGreaterThanOrEqual(3);
  for (const fact of confirmed) {
    const claim = date.claims.find((c) => c.sources.some((s) => s.address === pageOf(fact)));
    expect({ page: pageOf(fact), value: claim?.value }).toEqual({ page: pageOf(fact), value: fact.date.split('/')[0] });
  }
  // Every claim's evidence is what its own pages say about the summit.
  for (const claim of date.claims) {
    expect(claim.evidence.length).toBeGreaterThan(0);
    expect(claim.evidence.every((e) => claim.sources.some((s) => s.id === e.source.id))).toBe(true);
  }
});

test('Claims: announced as scheduled, reported held: the summit is HELD, the announcements kept as claims (REFINED)', async () => {
  const status = property((await claimsOf('summit:scn-global-summit-2016'))!, 'status');
  expect(status.value).toBe('HELD');
  expect(status.agreement).toBe('REFINED');
  const scheduled = status.claims.find((c) => c.value === 'SCHEDULED')!;
  expect(scheduled.chosen).toBe(false);
  // The pages the research found announcing it (SCHEDULED) are the ones that say SCHEDULED.
  const announcing = facts.filter((f) => f.subject === 'SCN Global Summit 2016 (Antalya)' && f.predicate === 'SCHEDULED').map(pageOf).sort();
  expect(pagesOf(scheduled)).toEqual(announcing);
});

test("Claims: the Kolkata workshop's cities, 14 in ISD's report and 15 in ISD's newsletter, are a CONFLICT with each page's number", async () => {
  const workshop = (await claimsOf('workshop:south-asia-2018-01'))!;
  const cities = property(workshop, 'cityCount');
  expect(cities.agreement).toBe('CONFLICT');
  expect(workshop.agreement).toBe('CONFLICT');
  const byPage = Object.fromEntries(cities.claims.flatMap((c) => c.sources.map((s) => [s.address, c.value])));
  for (const fact of facts.filter((f) => f.subject === "South Asia Regional Practitioners' Workshop" && f.predicate === 'CITIES')) {
    expect({ page: pageOf(fact), value: byPage[pageOf(fact)] }).toEqual({ page: pageOf(fact), value: `EXACTLY ${fact.object}` });
  }
  expect(cities.claims.filter((c) => c.chosen)).toHaveLength(1);
});

test('Claims: a relationship’s property: two pages say Čair joined the network in January 2016, and agree', async () => {
  const cair = (await claimsOf('city:cair'))!;
  const membership = cair.relationships.find((r) => r.type === 'MEMBER_OF' && r.other.id === 'network:scn')!;
  expect(membership.direction).toBe('OUT');
  expect(membership.agreement).toBe('AGREE');
  const joined = membership.properties.find((p) => p.property === 'joined')!;
  expect(joined).toMatchObject({ value: '2016-01', agreement: 'AGREE' });
  expect(joined.claims).toHaveLength(1);
  const confirming = facts.filter((f) => f.predicate === 'JOINED' && f.subject.startsWith('Čair') && f.date === '2016-01').map(pageOf).sort();
  expect(confirming).toHaveLength(2);
  expect(pagesOf(joined.claims[0])).toEqual(confirming);
  expect(membership.sources.map((s) => s.address).sort()).toEqual(expect.arrayContaining(confirming));
});

test('Claims: names fuse into one entity, the other spellings kept as aliases with their pages', async () => {
  const cair = (await claimsOf('city:cair'))!;
  const name = property(cair, 'name');
  const aliases = property(cair, 'aliases');
  const spellings = [name.value, ...aliases.claims.map((c) => c.value)];
  expect(spellings).toEqual(expect.arrayContaining(['Čair']));
  expect(name.agreement === 'CONFLICT' || aliases.agreement === 'CONFLICT').toBe(false);
  expect(aliases.claims.every((c) => c.chosen && c.sources.length > 0)).toBe(true);
});

test('Claims: the overall agreement is the worst of its properties and relationships', async () => {
  for (const id of ['summit:scn-global-summit-2016', 'workshop:south-asia-2018-01', 'city:cair', 'network:scn']) {
    const claims = (await claimsOf(id))!;
    const order = ['AGREE', 'REFINED', 'CONFLICT'];
    const worst = order[Math.max(0, ...[...claims.properties, ...claims.relationships].map((p) => order.indexOf(p.agreement)))];
    expect({ id, agreement: claims.agreement }).toEqual({ id, agreement: worst });
  }
});

test('Claims: null for an id no entity has', async () => {
  expect(await claimsOf('summit:nope')).toBeNull();
});
