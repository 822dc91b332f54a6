import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPLORER_PATHS, WEB_DIST } from '../../src/http/webRoutes';
import { startTestService, TestService } from '../support/testService';
import { expectJsonError } from '../support/expectJsonError';

/** What Chromium sends when a person opens an address. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let dev: TestService;
beforeAll(async () => {
  dev = await startTestService();
});
afterAll(async () => {
  await dev.stop();
});

const get = (service: TestService, path: string, accept?: string, headers: Record<string, string> = {}) =>
  fetch(`${service.baseUrl}${path}`, { redirect: 'manual', headers: { ...(accept ? { accept } : {}), ...headers } });
/** What a GraphQL client sends with a GET (Apollo's CSRF prevention refuses a GET without it). */
const CLIENT_HEADERS = { 'content-type': 'application/json' };

/** Each explorer view as a person would open it (an id in the path where the view takes one). */
const explorerUrls = EXPLORER_PATHS.map((path) => path.replace(':id', encodeURIComponent('city:durres')));

test.each(explorerUrls)('Web: %s answers the explorer page, never cached without asking', async (path) => {
  const res = await get(dev, path, BROWSER_ACCEPT);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(await res.text()).toContain('<div id="root">');
});

test('Web: the explorer page\'s scripts and styles answer with a year\'s immutable cache', async () => {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets) {
    const res = await get(dev, asset);
    expect({ asset, status: res.status, cache: res.headers.get('cache-control') }).toEqual({ asset, status: 200, cache: 'public, max-age=31536000, immutable' });
  }
});

test('Web: an unknown asset is a 404 JSON error, not the page', async () => {
  await expectJsonError(await get(dev, '/assets/explorer-0000000.js'), 404, 'NOT_FOUND');
});

test('Web: GraphiQL answers at /graphiql in development', async () => {
  const res = await get(dev, '/graphiql', BROWSER_ACCEPT);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(await res.text()).toContain('<div id="graphiql">');
});

test('Web: a browser opening /graphql is sent to GraphiQL', async () => {
  const res = await get(dev, '/graphql', BROWSER_ACCEPT);
  expect(res.status).toBe(302);
  expect(res.headers.get('location')).toBe('/graphiql');
});

test('Web: GET /graphql with a query still answers JSON', async () => {
  const res = await get(dev, `/graphql?query=${encodeURIComponent('{ __typename }')}`, 'application/json', CLIENT_HEADERS);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
});

test('Web: a browser opening /graphql with a query in the address is answered by the API (JSON), not sent away', async () => {
  // A plain navigation is a simple request: Apollo's CSRF prevention refuses it, in JSON.
  const res = await get(dev, `/graphql?query=${encodeURIComponent('{ __typename }')}`, BROWSER_ACCEPT);
  await expectJsonError(res, 400, 'BAD_REQUEST');
});

test('Web: a client that is not a browser gets Apollo\'s 400 JSON for GET /graphql without a query', async () => {
  const res = await get(dev, '/graphql', 'application/json', CLIENT_HEADERS);
  const error = await expectJsonError(res, 400, 'BAD_REQUEST');
  expect(error.message).toMatch(/query/);
});

test('Web: an unknown path still gets the 404 JSON error, which names the explorer and GraphiQL', async () => {
  const error = await expectJsonError(await get(dev, '/nowhere', BROWSER_ACCEPT), 404, 'NOT_FOUND');
  expect(error.message).toMatch(/\/graphiql/);
  expect(error.message).toMatch(/\/dashboard/);
});

describe('in production', () => {
  let production: TestService;
  beforeAll(async () => {
    production = await startTestService({ production: true });
  });
  afterAll(async () => {
    await production.stop();
  });

  test('Web: GraphiQL is off in production: /graphiql is a 404 JSON error', async () => {
    await expectJsonError(await get(production, '/graphiql', BROWSER_ACCEPT), 404, 'NOT_FOUND');
  });

  test('Web: in production a browser opening /graphql is sent to the explorer', async () => {
    const res = await get(production, '/graphql', BROWSER_ACCEPT);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
  });

  test('Web: the explorer is served in production, without its link to GraphiQL (which is off)', async () => {
    const res = await get(production, '/dashboard', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain('scn-graphiql');
  });
});

test('Web: GRAPHIQL on turns GraphiQL on in production', async () => {
  const service = await startTestService({ production: true, graphiql: true });
  try {
    expect((await get(service, '/graphiql', BROWSER_ACCEPT)).status).toBe(200);
    expect((await get(service, '/graphql', BROWSER_ACCEPT)).headers.get('location')).toBe('/graphiql');
    expect(await (await get(service, '/', BROWSER_ACCEPT)).text()).toContain('<meta name="scn-graphiql" content="/graphiql" />');
  } finally {
    await service.stop();
  }
});

test('Web: with no bundle (web/dist deleted) the pages answer 503 JSON saying how to build it; the API still answers', async () => {
  const service = await startTestService({ webDist: join(mkdtempSync(join(tmpdir(), 'scn-graph-no-dist-')), 'dist') });
  try {
    for (const path of ['/', '/entity/city%3Adurres', '/graphiql']) {
      const error = await expectJsonError(await get(service, path, BROWSER_ACCEPT), 503, 'WEB_NOT_BUILT');
      expect(error.message).toMatch(/npm run build:web/);
    }
    await expectJsonError(await get(service, '/assets/explorer.js'), 404, 'NOT_FOUND');
    expect(await service.client.request('{ __typename }')).toEqual({ __typename: 'Query' });
  } finally {
    await service.stop();
  }
});
