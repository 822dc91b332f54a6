import { createScnClient, ScnClient, ScnClientError, ThemeCoverageDocument } from '../../src/client';
import { startTestService, TestService } from '../support/testService';

let service: TestService;
let client: ScnClient;
beforeAll(async () => {
  service = await startTestService();
  client = createScnClient(service.service.url);
});
afterAll(async () => {
  await service.stop();
});

test('Client: a bad argument is thrown as a ScnClientError with its code and argument, before any data', async () => {
  const error = await client.cities({ first: 1000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScnClientError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', status: expect.any(Number) });
  expect((error as ScnClientError).message).toMatch(/first/);
});

test('Client: request() runs an exported typed document; a malformed date argument is BAD_USER_INPUT naming it', async () => {
  const error = await client.request(ThemeCoverageDocument, { from: 'not a date' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScnClientError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  const { themeCoverage } = await client.request(ThemeCoverageDocument, { from: '2017' });
  expect(themeCoverage.every((row) => row.events >= 0)).toBe(true);
});

test('Client: the pages of cities, followed by their cursors, hold totalCount distinct cities', async () => {
  const ids: string[] = [];
  let after: string | null | undefined;
  let totalCount = 0;
  do {
    const page = await client.cities({ first: 7, after });
    totalCount = page.totalCount;
    ids.push(...page.edges.map((edge) => edge.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(totalCount).toBeGreaterThan(7);
  expect(new Set(ids).size).toBe(totalCount);
});

test('Client: an entity comes with its relationships, each with evidence naming its source; an unknown id is null', async () => {
  const workshop = await client.entity('workshop:western-balkans-durres-2017');
  expect(workshop).toMatchObject({ id: 'workshop:western-balkans-durres-2017', kind: 'Workshop' });
  expect(workshop!.relationships.length).toBeGreaterThan(0);
  for (const relationship of workshop!.relationships) {
    expect(relationship.evidence.length).toBeGreaterThan(0);
    for (const evidence of relationship.evidence) expect(evidence.source.id).toMatch(/^source:/);
  }
  expect(workshop!.relationships.some((r) => r.type === 'HOSTED_BY' && r.from.id === workshop!.id)).toBe(true);
  await expect(client.entity('city:atlantis')).resolves.toBeNull();
});

test('Client: events by year add up to the dated events of the timeline', async () => {
  const [byYear, all] = await Promise.all([client.eventsByYear(), client.events({ first: 100 })]);
  expect(byYear.length).toBeGreaterThan(0);
  const dated = all.edges.filter((edge) => edge.node.date !== null).length;
  expect(all.pageInfo.hasNextPage).toBe(false);
  expect(byYear.reduce((sum, row) => sum + row.events, 0)).toBe(dated);
  expect(byYear.map((row) => row.year)).toEqual([...byYear.map((row) => row.year)].sort((a, b) => a - b));
});

test('Client: stats, country activity and theme coverage answer typed rows', async () => {
  const [stats, activity, coverage] = await Promise.all([client.stats(), client.countryActivity(), client.themeCoverage()]);
  expect(stats).toContainEqual({ kind: 'City', count: expect.any(Number) });
  expect(activity.find((row) => row.country.id === 'country:albania')).toMatchObject({ country: { name: 'Albania' }, hosted: expect.any(Number) });
  expect(coverage.length).toBeGreaterThan(0);
});

test('Client: a server that does not answer is a ScnClientError without a code or status', async () => {
  const error = await createScnClient('http://127.0.0.1:9/graphql').stats().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScnClientError);
  expect(error).toMatchObject({ code: null, status: null });
});
