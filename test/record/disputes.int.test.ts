import { ClientError, gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { pageOf, readVerifiedFacts } from '../support/verifiedFacts';

// Where the pages of the public record contradict each other, checked against the facts the research confirmed
// on each page (docs/public-record/verified-facts.tsv).

interface Dispute {
  entity: { id: string; name: string; kind: string };
  property: string;
  relationship: { type: string; direction: string; other: { id: string } } | null;
  claims: { value: string; chosen: boolean; sources: { id: string; address: string | null }[]; evidence: { source: { id: string } }[] }[];
}

const DISPUTES = gql`
  query ($kinds: [EntityKind!], $first: Int) {
    disputes(kinds: $kinds, first: $first) {
      entity { id name kind }
      property
      relationship { type direction other { id } }
      claims { value chosen sources { id address } evidence { source { id } } }
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

async function disputes(variables: { kinds?: string[]; first?: number } = {}): Promise<Dispute[]> {
  return (await t.client.request<{ disputes: Dispute[] }>(DISPUTES, variables)).disputes;
}

test("Disputes: which sources disagree about the Kolkata workshop, and on what: 14 cities (ISD's report) or 15 (ISD's newsletter)", async () => {
  const kolkata = (await disputes({ kinds: ['Workshop'] })).filter((d) => d.entity.id === 'workshop:south-asia-2018-01');
  expect(kolkata.map((d) => d.property)).toContain('cityCount');
  const cities = kolkata.find((d) => d.property === 'cityCount')!;
  expect(cities.relationship).toBeNull();
  const confirmed = facts.filter((f) => f.subject === "South Asia Regional Practitioners' Workshop" && f.predicate === 'CITIES');
  expect(confirmed).toHaveLength(2);
  expect(cities.claims.map((c) => [c.value, c.sources.map((s) => s.address)]).sort()).toEqual(confirmed.map((f) => [`EXACTLY ${f.object}`, [pageOf(f)]]).sort());
  for (const claim of cities.claims) expect(claim.evidence.every((e) => claim.sources.some((s) => s.id === e.source.id))).toBe(true);
});

test('Disputes: ordered by entity name, then property; each a real contradiction with every value sourced, one value held', async () => {
  const all = await disputes({ first: 200 });
  expect(all.length).toBeGreaterThan(0);
  const keys = all.map((d) => [d.entity.name.toLocaleLowerCase('en'), d.entity.id, d.property]);
  const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  expect(keys).toEqual(sorted);
  for (const dispute of all) {
    const values = dispute.claims.map((c) => c.value);
    expect({ dispute: [dispute.entity.id, dispute.property], distinct: new Set(values).size >= 2, sourced: dispute.claims.every((c) => c.sources.length > 0), held: dispute.claims.filter((c) => c.chosen).length }).toEqual({
      dispute: [dispute.entity.id, dispute.property],
      distinct: true,
      sourced: true,
      held: 1,
    });
  }
  // A refinement is not a dispute: the Antalya summit's 11 May 2016, May 2016 and 2016 fit together.
  expect(all.some((d) => d.entity.id === 'summit:scn-global-summit-2016' && d.property === 'date')).toBe(false);
});

test("Disputes: the network's founding, September 2015 or 2016, with the pages on each side", async () => {
  const network = (await disputes({ kinds: ['Network'] })).find((d) => d.entity.id === 'network:scn' && d.property === 'launchDate')!;
  expect(network.claims[0]).toMatchObject({ value: '2015-09', chosen: true });
  const established2016 = facts.find((f) => f.subject === 'Strong Cities Network' && f.predicate === 'ESTABLISHED' && f.object === '2016')!;
  expect(network.claims.find((c) => c.value === '2016')?.sources.map((s) => s.address)).toEqual([pageOf(established2016)]);
});

test('Disputes: kinds keeps only disputes about entities of those kinds', async () => {
  const [all, networks, workshopsAndSummits] = await Promise.all([disputes({ first: 200 }), disputes({ kinds: ['Network'], first: 200 }), disputes({ kinds: ['Workshop', 'Summit'], first: 200 })]);
  expect(networks.length).toBeGreaterThan(0);
  expect(networks.every((d) => d.entity.kind === 'Network')).toBe(true);
  expect(workshopsAndSummits.every((d) => ['Workshop', 'Summit'].includes(d.entity.kind))).toBe(true);
  expect(networks).toEqual(all.filter((d) => d.entity.kind === 'Network'));
  expect(workshopsAndSummits).toEqual(all.filter((d) => ['Workshop', 'Summit'].includes(d.entity.kind)));
});

test('Disputes: first takes the first disputes of the order, 0 gives none, past 200 (or below 0) is BAD_USER_INPUT naming it', async () => {
  const all = await disputes({ first: 200 });
  expect(await disputes({ first: 1 })).toEqual(all.slice(0, 1));
  expect(await disputes({ first: 0 })).toEqual([]);
  for (const first of [201, -1]) {
    const error = await disputes({ first }).then(
      () => null,
      (e: unknown) => e as ClientError,
    );
    expect(error?.response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  }
});
