import { startTestService, TestService } from '../support/testService';
import { runFixture } from '../support/cypherFixture';
import { seedRecord } from '../support/seedRecord';

const SEED_POST = 'source:scn-western-balkans-workshop-durres';
const { sourcesStating } = seedRecord();

// The same service twice over the suite's Neo4j: compiling each request into one statement, and (test-only
// switch) leaving every relationship field to the DataLoaders, as before the compiler. Answers must match.
let compiled: TestService;
let uncompiled: TestService;
beforeAll(async () => {
  [compiled, uncompiled] = await Promise.all([startTestService(), startTestService({ compile: false })]);
});
afterAll(async () => {
  await Promise.all([compiled.stop(), uncompiled.stop()]);
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

async function ask(t: TestService, query: string, variables: Record<string, unknown> = {}): Promise<{ answer: Answer; queries: string[] }> {
  const { result, queries } = await t.countQueries(async () => {
    const response = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Answer;
  });
  return { answer: result, queries };
}

/** Asks both services; the compiled one must answer the same, without errors, in the statements returned. */
async function same(query: string, variables: Record<string, unknown> = {}): Promise<{ data: Record<string, unknown>; queries: string[] }> {
  const [ours, reference] = await Promise.all([ask(compiled, query, variables), ask(uncompiled, query, variables)]);
  expect(ours.answer.errors).toBeUndefined();
  expect(ours.answer).toEqual(reference.answer);
  return { data: ours.answer.data!, queries: ours.queries };
}

const WORKSHOP = 'workshop:western-balkans-durres-2017';

test('Compiler: a page with two levels of relationship fields is one statement', async () => {
  const { data, queries } = await same(`{
    countries(first: 10) { edges { cursor node { name isoCode region { name networks { name } } cities { name participatedIn { name } } } } pageInfo { hasNextPage endCursor } }
  }`);
  expect(queries).toEqual(['compiled-page']);
  const albania = (data.countries as { edges: { node: { name: string; region: { name: string }; cities: unknown[] } }[] }).edges.find((e) => e.node.name === 'Albania');
  expect(albania?.node.region.name).toBe('Western Balkans');
  // Durrës (the seed post and two pages) and Elbasan (its city spotlight); neither took part in an event as a city.
  expect(albania?.node.cities).toEqual([
    { name: 'Durrës', participatedIn: [] },
    { name: 'Elbasan', participatedIn: [] },
  ]);
});

test('Compiler: node and entities read their whole selection in one statement, in the order of the ids, null for an unknown id', async () => {
  const one = await same(`{ node(id: "${WORKSHOP}") { name ... on Workshop { hosts { name } themes(first: 2) { name workshops { id } } } } }`);
  expect(one.queries).toEqual(['compiled-entities']);
  const many = await same(`{ entities(ids: ["city:durres", "nope:none", "country:albania", "city:durres"]) { id name ... on City { country { name } } ... on Country { region { name } } } }`);
  // An id not found is looked up once more among the ids merged away (mergeEntities): only then a second statement.
  expect(many.queries).toEqual(['compiled-entities', 'merged-ids']);
  expect(many.data.entities).toEqual([
    { id: 'city:durres', name: 'Durrës', country: { name: 'Albania' } },
    null,
    { id: 'country:albania', name: 'Albania', region: { name: 'Western Balkans' } },
    { id: 'city:durres', name: 'Durrës', country: { name: 'Albania' } },
  ]);
});

test('Compiler: named and inline fragments on Entity, Event and kinds select per kind, the same response key standing for different fields', async () => {
  const { data, queries } = await same(`
    fragment place on Entity { name ... on City { country { name } } ... on Country { region { name } } }
    fragment eventFields on Event { date { iso precision } status place { ...place } next { name } previous { name } }
    {
      events(first: 20) {
        edges { node {
          id kind ...eventFields
          ... on Workshop { workshopKind listed: initiatives { name } hosts { name } }
          ... on SteeringCommitteeMeeting { listed: initiatives { name } organisers { name ... on Network { regions { name } } } }
        } }
      }
    }`);
  expect(queries).toEqual(['compiled-page']);
  const durres = (data.events as { edges: { node: Record<string, unknown> }[] }).edges.find((e) => e.node.id === WORKSHOP)!.node;
  expect(durres.place).toEqual({ name: 'Durrës', country: { name: 'Albania' } });
  expect(durres.hosts).toEqual(expect.arrayContaining([{ name: expect.any(String) }]));
});

test('Compiler: aliases of one field with different arguments each get their own page', async () => {
  const { data, queries } = await same(`{ node(id: "${WORKSHOP}") { ... on Workshop { few: participants(first: 1) { id } all: participants(first: 500) { id } none: participants(first: 0) { id } } } }`);
  expect(queries).toEqual(['compiled-entities']);
  const node = data.node as { few: { id: string }[]; all: { id: string }[]; none: unknown[] };
  expect(node.few).toHaveLength(1);
  expect(node.all.length).toBeGreaterThan(1);
  expect(node.all[0]).toEqual(node.few[0]);
  expect(node.none).toEqual([]);
});

test('Compiler: first and orderBy hold at every depth, from literals and variables', async () => {
  const query = `query ($n: Int!, $m: Int!, $after: String) {
    countries(first: 3, after: $after, orderBy: { field: NAME, direction: DESC }) {
      edges { node { name cities(first: $n) { name participatedIn(first: $m) { name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const first = await same(query, { n: 1, m: 1, after: null });
  expect(first.queries).toEqual(['compiled-page']);
  const page = first.data.countries as { edges: { node: { name: string; cities: { participatedIn: unknown[] }[] } }[]; pageInfo: { endCursor: string } };
  expect(page.edges.map((e) => e.node.name)).toEqual([...page.edges.map((e) => e.node.name)].sort().reverse());
  for (const { node } of page.edges) {
    expect(node.cities.length).toBeLessThanOrEqual(1);
    for (const city of node.cities) expect(city.participatedIn.length).toBeLessThanOrEqual(1);
  }
  const next = await same(query, { n: 2, m: 0, after: page.pageInfo.endCursor });
  expect(next.queries).toEqual(['compiled-page']);
  const names = (next.data.countries as { edges: { node: { name: string } }[] }).edges.map((e) => e.node.name);
  expect(names.every((name) => name < page.edges[page.edges.length - 1].node.name)).toBe(true);
  await same(`{ workshops(first: 3, orderBy: { field: DATE, direction: DESC }) { edges { node { id date { iso } participants(first: 2) { name } } } } }`);
  await same(`{ events(first: 4) { edges { node { id date { iso } } } pageInfo { endCursor } } }`);
});

test('Compiler: @skip and @include with variables and literals', async () => {
  const query = `query ($hosts: Boolean!, $themes: Boolean!) {
    workshops(first: 5) { edges { node { name hosts @include(if: $hosts) { name } themes @skip(if: $themes) { name } organisers @include(if: false) { name } } } }
  }`;
  for (const variables of [{ hosts: true, themes: true }, { hosts: false, themes: false }]) {
    const { data, queries } = await same(query, variables);
    expect(queries).toEqual(['compiled-page']);
    const node = (data.workshops as { edges: { node: Record<string, unknown> }[] }).edges[0].node;
    expect('hosts' in node).toBe(variables.hosts);
    expect('themes' in node).toBe(!variables.themes);
    expect('organisers' in node).toBe(false);
  }
});

test('Compiler: list filters give the same answers, counted with the same filter', async () => {
  for (const query of [
    '{ cities(filter: { countryId: "country:albania" }) { totalCount edges { node { id } } } }',
    '{ cities(filter: { regionId: "region:western-balkans", nameContains: "DUR" }) { totalCount edges { node { id } } } }',
    '{ countries(filter: { isoCode: "al" }) { totalCount edges { node { id isoCode } } } }',
    '{ workshops(filter: { countryId: "country:albania", from: "2017-05", status: HELD }) { totalCount edges { node { id } } } }',
    '{ events(regionId: "region:western-balkans", themeId: "theme:risk-assessment", to: "2017") { totalCount edges { node { id } } } }',
    '{ initiatives(filter: { partnerId: "partner:isd" }) { totalCount edges { node { id } } } }',
    '{ sources { totalCount } riskThemes(first: 0) { totalCount edges { node { id } } } }',
  ]) {
    await same(query);
  }
});

test('Compiler: a nested first out of bounds is BAD_USER_INPUT naming first, before any statement', async () => {
  for (const [query, variables] of [
    ['{ cities { edges { node { workshops(first: 501) { id } } } } }', {}],
    ['query ($n: Int!) { node(id: "city:durres") { ... on City { country { cities(first: $n) { id } } } } }', { n: -1 }],
  ] as const) {
    const { answer, queries } = await ask(compiled, query, variables);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(queries).toEqual([]);
  }
});

test('Compiler: computed fields fall back to the loaders, within depth + 1 statements', async () => {
  const { queries } = await same('{ events(first: 10) { edges { node { name country { name } } } } }');
  expect(queries[0]).toBe('compiled-page');
  expect(queries.length).toBeLessThanOrEqual(3);
  const relationships = await same(`{ node(id: "city:durres") { name relationships(first: 5) { type to { name } } evidence { excerpt source { name } } } }`);
  expect(relationships.queries[0]).toBe('compiled-entities');
  expect(relationships.queries.length).toBeLessThanOrEqual(3);
});

test('Compiler: a repeated query reuses one statement text for every value of its variables', async () => {
  const texts: string[] = [];
  const readCompiled = compiled.db.readCompiled.bind(compiled.db);
  const spy = jest.spyOn(compiled.db, 'readCompiled').mockImplementation((name, text, params, toRow) => {
    texts.push(text);
    return readCompiled(name, text, params, toRow);
  });
  try {
    const query = `query ($n: Int!, $hosts: Boolean!, $after: String) {
      workshops(first: 2, after: $after) { edges { node { name hosts(first: $n) @include(if: $hosts) { name } } } pageInfo { endCursor } }
    }`;
    await same(query, { n: 1, hosts: true, after: null });
    await same(query, { n: 3, hosts: false, after: null });
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe(texts[0]);
  } finally {
    spy.mockRestore();
  }
});

interface EvidenceAnswer {
  excerpt: string;
  source: { id: string };
}

test("Compiler: the bench's detail shape, evidence and its sources included, is one statement", async () => {
  const { data, queries } = await same(
    `query ($id: ID!) { node(id: $id) { id name evidence { excerpt source { id } } ... on Workshop {
      hosts { id name } themes { id name } participatingCountries { id name } } } }`,
    { id: WORKSHOP },
  );
  expect(queries).toEqual(['compiled-entities']);
  const evidence = (data.node as { evidence: EvidenceAnswer[] }).evidence;
  expect(evidence.length).toBeGreaterThan(1);
  // The seed post quotes itself; the Western Balkans page and the assessment report date the workshop (citations).
  expect([...new Set(evidence.map((item) => item.source.id))].sort()).toEqual(sourcesStating(WORKSHOP));
  expect(sourcesStating(WORKSHOP)).toEqual([SEED_POST, 'source:strongcities-undated-western-balkans', 'source:strongcities-undated-western-balkans-regional-assessment']);
  for (const item of evidence) expect(item.excerpt !== null).toBe(item.source.id === SEED_POST);
});

test('Compiler: evidence sources under list pages and nested relationship fields, with their own selection, aliases, fragments and conditions', async () => {
  const query = `
    fragment cited on Evidence { excerpt source { id name documentType basis date { iso precision } } }
    query ($withIds: Boolean!) {
      countries(first: 20) { edges { node { id evidence { ...cited } region { evidence { excerpt from: source { name } ids: source @include(if: $withIds) { id } } } } } }
      workshops(first: 5) { edges { node { ... on Event { evidence { s: source { id evidence { excerpt source { id } } } } } hosts { name evidence { source { kind } } } } } }
      entities(ids: ["city:durres", "${WORKSHOP}"]) { ... on City { evidence { source { name } } } ... on Workshop { evidence { excerpt } } }
    }`;
  for (const withIds of [true, false]) {
    const { data, queries } = await same(query, { withIds });
    expect(queries.sort()).toEqual(['compiled-entities', 'compiled-page', 'compiled-page']);
    const countries = (data.countries as { edges: { node: { id: string; evidence: EvidenceAnswer[]; region: { evidence: Record<string, unknown>[] } | null } }[] }).edges;
    const cited = new Set(countries.flatMap((e) => e.node.evidence.map((item) => item.source.id)));
    expect([...cited].sort()).toEqual([...new Set(countries.flatMap((e) => sourcesStating(e.node.id)))].sort());
    expect(cited.has(SEED_POST)).toBe(true);
    const regionEvidence = countries.flatMap((e) => e.node.region?.evidence ?? []);
    expect(regionEvidence.length).toBeGreaterThan(0);
    for (const item of regionEvidence) expect('ids' in item).toBe(withIds);
  }
});

test('Compiler: edge fields (memberships, roles, appearances) compile into the one statement, both ends, properties and evidence sources, answering as the loaders do', async () => {
  const query = `
    fragment roleFields on Role { role asOf { iso precision } startDate { iso } from { name } to { id ... on City { country { name } } ... on Network { memberships(first: 2) { from { id } joined { iso } } } } }
    query ($withEvidence: Boolean!, $n: Int!) {
      networks(first: 5) { edges { node { id memberships(first: $n) { joined { iso precision } from { id name country { name } } to { id } evidence @include(if: $withEvidence) { kind statement source { id title } } } } } }
      people(first: 50) { edges { node { id roles { ...roleFields } appearances { part to { id kind ... on Summit { edition } } } } } }
      node(id: "city:cair") { ... on City { memberships { joined { iso } to { name officeHolders { role from { name } } } } } }
    }`;
  for (const variables of [{ withEvidence: true, n: 500 }, { withEvidence: false, n: 3 }]) {
    const { data, queries } = await same(query, variables);
    expect(queries.sort()).toEqual(['compiled-entities', 'compiled-page', 'compiled-page']);
    const memberships = (data.networks as { edges: { node: { id: string; memberships: { joined: { iso: string } | null; from: { id: string } }[] } }[] }).edges.find((e) => e.node.id === 'network:scn')!.node.memberships;
    if (variables.n === 3) expect(memberships).toHaveLength(3);
    else expect(memberships.find((m) => m.from.id === 'city:cair')?.joined).toEqual({ iso: '2016-01', precision: 'MONTH' });
    const people = (data.people as { edges: { node: { roles: unknown[] } }[] }).edges;
    expect(people.some((e) => e.node.roles.length > 0)).toBe(true);
  }
});

test('Compiler: an edge field whose ends are selected under several aliases is answered through the loader, correctly', async () => {
  const { data, queries } = await same(`{ node(id: "network:scn") { ... on Network { memberships(first: 3) { a: from { id } b: from { name } joined { iso } } } } }`);
  expect(queries).toEqual(['compiled-entities', 'related-entities']);
  const memberships = (data.node as { memberships: { a: { id: string }; b: { name: string } }[] }).memberships;
  expect(memberships).toHaveLength(3);
  for (const m of memberships) expect(m.a.id).toMatch(/^city:/);
});

test('Compiler: aliases of evidence that select their sources differently are answered through the loader, correctly', async () => {
  const { data, queries } = await same(`{ node(id: "${WORKSHOP}") { a: evidence { s: source { id } } b: evidence { s: source { name } } } }`);
  expect(queries).toEqual(['compiled-entities', 'entities-by-id']);
  const node = data.node as { a: { s: { id: string } }[]; b: { s: { name: string } }[] };
  expect([...new Set(node.a.map((e) => e.s.id))].sort()).toEqual(sourcesStating(WORKSHOP));
  expect(node.a.map((e) => e.s)).toContainEqual({ id: SEED_POST });
  expect(node.b.map((e) => e.s)).toContainEqual({ name: expect.stringContaining('Durrës') });
});

describe('Compiler: evidence whose source is missing', () => {
  beforeAll(() => runFixture(compiled.db, 'create-missing-source-entity'));
  afterAll(() => runFixture(compiled.db, 'delete-test-entities'));

  test('fails as through the loader: the same data and errors', async () => {
    const query = '{ node(id: "partner:test-missing-source") { id evidence { excerpt source { id } } } }';
    const [ours, reference] = await Promise.all([ask(compiled, query), ask(uncompiled, query)]);
    expect(ours.queries).toEqual(['compiled-entities', 'entities-by-id']);
    expect(ours.answer.data).toEqual({ node: null });
    const shown = (answer: Answer) => answer.errors?.map(({ message, extensions }) => ({ message, code: extensions.code }));
    expect(shown(ours.answer)).toEqual(shown(reference.answer));
    expect(shown(ours.answer)).toEqual([{ message: expect.stringContaining('source:test-not-there'), code: expect.any(String) }]);
    expect(ours.answer).toMatchObject({ errors: [{ path: ['node', 'evidence', 1, 'source'] }] });
  });
});

test('Compiler: each source handed out with evidence counts against the result budget, as through the loader', async () => {
  const query = `{ node(id: "${WORKSHOP}") { evidence { source { id } } } }`;
  const { data } = await same(query);
  // The workshop, then its source once for each piece of evidence.
  const items = 1 + (data.node as { evidence: unknown[] }).evidence.length;
  for (const [maxResultItems, fits] of [
    [items, true],
    [items - 1, false],
  ] as const) {
    const limited = await Promise.all([startTestService({ limits: { maxResultItems } }), startTestService({ compile: false, limits: { maxResultItems } })]);
    try {
      for (const t of limited) {
        const { answer } = await ask(t, query);
        if (fits) expect(answer).toEqual({ data });
        else expect(answer.errors?.map((e) => e.extensions.code)).toContain('RESULT_TOO_LARGE');
      }
    } finally {
      await Promise.all(limited.map((t) => t.stop()));
    }
  }
});
