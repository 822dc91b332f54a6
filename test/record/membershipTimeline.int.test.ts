import { ClientError, gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { pageOf, readVerifiedFacts, VerifiedFact } from '../support/verifiedFacts';

// How the network's membership grew, asked of the whole public record and checked against the facts the research
// confirmed on each page (docs/public-record/verified-facts.tsv).

interface Entry {
  date: { iso: string; precision: string } | null;
  kind: 'COUNT' | 'JOIN';
  count: { value: number; qualifier: string; asOf: { iso: string } | null } | null;
  city: { id: string; name: string; aliases: string[] } | null;
  subject: { id: string };
  agreement: string;
  sources: { id: string; address: string | null }[];
  evidence: { kind: string; statement: string | null; source: { id: string } }[];
}

const TIMELINE = gql`
  query ($networkId: ID!, $regionId: ID) {
    membershipTimeline(networkId: $networkId, regionId: $regionId) {
      date { iso precision }
      kind
      count { value qualifier asOf { iso } }
      city { id name aliases }
      subject { id }
      agreement
      sources { id address }
      evidence { kind statement source { id } }
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

async function timeline(networkId: string, regionId: string | null = null): Promise<Entry[]> {
  return (await t.client.request<{ membershipTimeline: Entry[] }>(TIMELINE, { networkId, regionId })).membershipTimeline;
}

/** Addresses of every source in the graph: the pages the seeds cite. */
async function citedAddresses(): Promise<Set<string>> {
  const data = await t.client.request<{ sources: { edges: { node: { address: string | null } }[] } }>(gql`{ sources(first: 100) { edges { node { address } } } }`);
  return new Set(data.sources.edges.map((e) => e.node.address).filter((a): a is string => a !== null));
}

/** The count a fact states ("MORE_THAN 230 cities", "165 cities") and the date it gives (null for "unknown"). */
function countOf(fact: VerifiedFact): { value: number; qualifier: string; date: string | null } {
  return { value: Number(/\d+/.exec(fact.object)![0]), qualifier: fact.object.startsWith('MORE_THAN') ? 'MORE_THAN' : 'EXACTLY', date: fact.date === 'unknown' ? null : fact.date };
}

const isoOrder = (entries: Entry[]) => entries.map((e) => e.date?.iso ?? null);

test('Membership timeline: every member count a cited page states for the network is an entry with that page as its source, value and date as the page gives them', async () => {
  const [entries, cited] = await Promise.all([timeline('network:scn'), citedAddresses()]);
  const counts = entries.filter((e) => e.kind === 'COUNT');
  const stated = facts.filter((f) => f.subject === 'Strong Cities Network' && f.predicate === 'MEMBER_COUNT' && cited.has(pageOf(f)));
  expect(stated.length).toBeGreaterThanOrEqual(6);
  for (const fact of stated) {
    const expected = countOf(fact);
    const entry = counts.find((e) => e.count!.value === expected.value && e.sources.some((s) => s.address === pageOf(fact)));
    expect({ page: pageOf(fact), entry: entry && { value: entry.count!.value, qualifier: entry.count!.qualifier, date: entry.date?.iso ?? null, subject: entry.subject.id } }).toEqual({
      page: pageOf(fact),
      entry: { value: expected.value, qualifier: expected.qualifier, date: expected.date, subject: 'network:scn' },
    });
    // The evidence is what that page says about the network, cited by reference.
    const pageSource = entry!.sources.find((s) => s.address === pageOf(fact))!;
    expect(entry!.evidence.some((e) => e.source.id === pageSource.id && e.kind === 'CITATION' && (e.statement ?? '').length > 0)).toBe(true);
  }
  // And nothing else: every count in the timeline is one a confirmed fact states.
  for (const entry of counts) {
    const confirmed = facts.some((f) => f.predicate === 'MEMBER_COUNT' && f.subject === 'Strong Cities Network' && countOf(f).value === entry.count!.value && entry.sources.some((s) => s.address === pageOf(f)));
    expect({ count: entry.count, confirmed }).toEqual({ count: entry.count, confirmed: true });
  }
});

test('Membership timeline: the network grew from 165 cities (March 2023) to more than 230 (May 2024), dated counts in date order and undated ones last', async () => {
  const entries = await timeline('network:scn');
  const dates = isoOrder(entries);
  const dated = dates.filter((d): d is string => d !== null);
  // Partial ISO order: a date known to the year comes before the dates within that year.
  expect(dated).toEqual([...dated].sort());
  expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  expect(entries.filter((e) => e.date === null).every((e) => e.kind === 'COUNT')).toBe(true);
  const datedCounts = entries.filter((e) => e.kind === 'COUNT' && e.date !== null).map((e) => [e.date!.iso, e.count!.qualifier, e.count!.value]);
  expect(datedCounts).toEqual(expect.arrayContaining([['2024-05-10', 'MORE_THAN', 230]]));
  const at2024 = entries.find((e) => e.date?.iso === '2024-05-10')!;
  expect(at2024.count!.asOf).toEqual({ iso: '2024-05-10' });
  expect(at2024.date!.precision).toBe('DAY');
});

test('Membership timeline: undated member counts are each an entry with their own source, listed last, and not a conflict (nobody can tell when each held)', async () => {
  const entries = await timeline('network:scn');
  const undated = entries.filter((e) => e.kind === 'COUNT' && e.date === null);
  // ShareAmerica's 35 cities and ISD's 142 local governments: undated pages, each stating the count of its own day.
  const byValue = new Map(undated.map((e) => [e.count!.value, e]));
  expect(byValue.get(35)?.sources.map((s) => s.address)).toEqual(['https://share.america.gov/is-your-city-strong-city/']);
  expect(byValue.get(142)?.sources.map((s) => s.address)).toEqual(['https://www.isdglobal.org/what-we-do/areas-of-work/strong-cities-network/']);
  expect(undated.map((e) => e.agreement)).toEqual(undated.map(() => 'REFINED'));
  expect(entries.slice(-undated.length)).toEqual(undated);
});

test('Membership timeline: the first Western Balkans cities to join were Čair, Gjilan and Peja, in January 2016, as the pages say', async () => {
  const entries = await timeline('network:scn', 'region:western-balkans');
  const joins = entries.filter((e) => e.kind === 'JOIN');
  const first = joins.filter((e) => e.date!.iso === joins[0].date!.iso);
  expect(first.map((e) => e.city!.id).sort()).toEqual(['city:cair', 'city:gjilan', 'city:peja']);
  expect(first.map((e) => e.date!.iso)).toEqual(['2016-01', '2016-01', '2016-01']);
  // Every join is confirmed by a fact whose page is one of the entry's sources, naming the city and the date.
  for (const join of joins) {
    const names = [join.city!.name, ...join.city!.aliases];
    const unconfirmed = join.sources.filter((s) => !facts.some((f) => f.predicate === 'JOINED' && f.date === join.date!.iso && names.some((n) => f.subject.startsWith(n)) && s.address === pageOf(f)));
    expect({ city: join.city!.id, date: join.date!.iso, unconfirmed }).toEqual({ city: join.city!.id, date: join.date!.iso, unconfirmed: [] });
  }
  // Čair's date comes from two pages that agree.
  const cair = first.find((e) => e.city!.id === 'city:cair')!;
  expect(cair.agreement).toBe('AGREE');
  expect(cair.sources.map((s) => s.address).sort()).toEqual([
    'https://docslib.org/doc/10944924/preventing-and-countering-violent-extremism-at-the-local-level-in-the-western-balkans',
    'https://strongcitiesnetwork.org/en/where-we-work/western-balkans/',
  ]);
  expect(cair.evidence.map((e) => e.source.id).sort()).toEqual(cair.sources.map((s) => s.id).sort());
});

test("Membership timeline: with regionId, the counts are the region's and the joins only its cities'", async () => {
  const [region, network] = await Promise.all([timeline('network:scn', 'region:western-balkans'), timeline('network:scn')]);
  const counts = region.filter((e) => e.kind === 'COUNT');
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every((e) => e.subject.id === 'region:western-balkans')).toBe(true);
  // The pages' "more than 40" cities in the region.
  expect(counts.some((e) => e.count!.value === 40 && e.count!.qualifier === 'MORE_THAN' && e.sources.some((s) => s.address === 'https://strongcitiesnetwork.org/en/where-we-work/western-balkans/'))).toBe(true);
  const regionJoins = region.filter((e) => e.kind === 'JOIN');
  expect(regionJoins.every((e) => e.subject.id === 'network:scn')).toBe(true);
  const outside = network.filter((e) => e.kind === 'JOIN' && !regionJoins.some((j) => j.city!.id === e.city!.id));
  expect(outside.length).toBeGreaterThan(0);
  // A join outside the region, such as Narayanganj's (Bangladesh, 2016) or Kakamega's (Kenya, 2021), is left out.
  expect(regionJoins.map((e) => e.city!.id)).not.toContain('city:kakamega');
  expect(regionJoins.map((e) => e.city!.id)).not.toContain('city:narayanganj');
});

test('Membership timeline: an id that names no network, or no region, is NOT_FOUND naming the argument', async () => {
  const failure = async (networkId: string, regionId: string | null) => {
    const error = await t.client.request(TIMELINE, { networkId, regionId }).then(
      () => null,
      (e: unknown) => e as ClientError,
    );
    const first = error?.response.errors?.[0];
    return { code: first?.extensions?.code, argument: first?.extensions?.argument, data: error?.response.data ?? null };
  };
  expect(await failure('network:nope', null)).toEqual({ code: 'NOT_FOUND', argument: 'networkId', data: null });
  // A city is not a network.
  expect(await failure('city:cair', null)).toEqual({ code: 'NOT_FOUND', argument: 'networkId', data: null });
  expect(await failure('network:scn', 'region:nope')).toEqual({ code: 'NOT_FOUND', argument: 'regionId', data: null });
  expect(await failure('network:scn', 'country:albania')).toEqual({ code: 'NOT_FOUND', argument: 'regionId', data: null });
});
