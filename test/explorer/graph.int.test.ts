import type { Page } from 'playwright-core';
import { gql } from 'graphql-request';
import { explorerSuite } from '../support/explorerSuite';
import { watchedPage, WatchedPage } from '../support/browser';

const suite = explorerSuite();

const DURRES = 'city:durres';
const WORKSHOP = 'workshop:western-balkans-durres-2017';

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string; name: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string } }[];
}

/** The API's own answer, asked the way the view asks (its limit: 200 unless the URL says otherwise). */
async function neighbourhood(id: string, depth: number, kinds: string[] | null = null, limit = 200): Promise<Subgraph> {
  const answer = await suite.service.client.request<{ neighborhood: Subgraph }>(
    gql`query ($id: ID!, $depth: Int!, $kinds: [EntityKind!], $limit: Int!) { neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) { truncated nodes { id kind name } relationships { type from { id } to { id } } } }`,
    { id, depth, kinds, limit },
  );
  return answer.neighborhood;
}

function names(subgraphs: Subgraph[]): string[] {
  return [...new Map(subgraphs.flatMap((s) => s.nodes).map((n) => [n.id, n.name])).values()].sort();
}

function relationshipCount(subgraphs: Subgraph[]): number {
  return new Set(subgraphs.flatMap((s) => s.relationships).map((r) => `${r.from.id}|${r.type}|${r.to.id}`)).size;
}

/** The entities the network view lists (the drawing's nodes, for keyboards), once it has drawn. */
async function listedNames(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1, name: /^Network around / }).waitFor();
  const listed = await page.getByRole('list', { name: /^\d+ entit(y|ies)$/ }).locator('.node-button').allTextContents();
  return listed.map((name) => name.trim()).sort();
}

/** Waits (up to 15 s) for the view to list `expected`, then asserts it does: the answer may still be on its way. */
async function expectListed(page: Page, expected: string[]) {
  let listed = await listedNames(page);
  for (let tries = 0; tries < 150 && JSON.stringify(listed) !== JSON.stringify(expected); tries += 1) {
    await page.waitForTimeout(100);
    listed = await listedNames(page);
  }
  expect(listed).toEqual(expected);
  await page.getByRole('status').filter({ hasText: 'Loading the network' }).waitFor({ state: 'detached' });
}

/** The drawing's summary for screen readers. */
function drawingLabel(page: Page) {
  return page.locator('.network-graph').getAttribute('aria-label');
}

/** Saves a screenshot of the view as it is, and checks it with axe. */
async function expectAccessible(watched: WatchedPage, name: string) {
  await watched.screenshot(name);
  expect(await watched.accessibilityViolations()).toEqual([]);
}

test('Network view: Durrës is drawn with what the API gives; a node selected shows its panel; Expand merges its neighbours, the URL keeps them and a reload draws the same', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  const base = await neighbourhood(DURRES, 1);
  await page.goto(`/graph/${encodeURIComponent(DURRES)}`);
  await expectListed(page, names([base]));
  expect(await drawingLabel(page)).toBe(`${base.nodes.length} entities, ${base.relationships.length} relationships around Durrës`);
  await expect(page.locator('.relationship-table tbody tr').count()).resolves.toBe(base.relationships.length);
  await expectAccessible(watched, 'graph-durres');

  const workshop = base.nodes.find((node) => node.id === WORKSHOP)!;
  // By keyboard: the list's button selects the node, the panel's Expand expands it.
  await page.getByRole('button', { name: workshop.name }).focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('.node-panel');
  await panel.getByRole('heading', { level: 2, name: workshop.name, exact: true }).waitFor();
  await expect(panel.getByRole('link', { name: 'Entity page' }).getAttribute('href')).resolves.toBe(`/entity/${encodeURIComponent(WORKSHOP)}`);
  await expect(panel.getByText('Workshop', { exact: true }).count()).resolves.toBe(1);
  expect(new URL(page.url()).searchParams.get('selected')).toBe(WORKSHOP);

  const expansion = await neighbourhood(WORKSHOP, 1);
  expect(names([base, expansion]).length).toBeGreaterThan(base.nodes.length);
  await panel.getByRole('button', { name: 'Expand' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/expanded=/);
  expect(new URL(page.url()).searchParams.getAll('expanded')).toEqual([WORKSHOP]);
  await expectListed(page, names([base, expansion]));
  expect(await drawingLabel(page)).toBe(`${names([base, expansion]).length} entities, ${relationshipCount([base, expansion])} relationships around Durrës`);
  await expect(panel.getByRole('button', { name: 'Expanded' }).isDisabled()).resolves.toBe(true);
  await expectAccessible(watched, 'graph-durres-expanded');

  await page.reload();
  await expectListed(page, names([base, expansion]));
  expect(await drawingLabel(page)).toBe(`${names([base, expansion]).length} entities, ${relationshipCount([base, expansion])} relationships around Durrës`);
  await panel.getByRole('heading', { level: 2, name: workshop.name, exact: true }).waitFor();

  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('expanded'));
  await expectListed(page, names([base]));
  expect(watched.problems).toEqual([]);
});

test('Network view: depth 2 and a kind filter are asked of the API and kept in the URL', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  await page.goto(`/graph/${encodeURIComponent(DURRES)}`);
  await expectListed(page, names([await neighbourhood(DURRES, 1)]));

  await page.getByLabel('Depth').selectOption('2');
  await page.waitForURL(/depth=2/);
  const deep = await neighbourhood(DURRES, 2);
  await expectListed(page, names([deep]));
  expect(deep.nodes.some((node) => node.kind === 'Country')).toBe(true);

  await page.getByText('Filter by kind and relationship type').click();
  const kindBoxes = page.getByRole('group', { name: 'Only these kinds' });
  // Ticking navigates (the URL holds the filter): the box shows ticked once the view has the new URL.
  for (const kind of ['Workshop', 'Country']) {
    await kindBoxes.getByRole('checkbox', { name: kind, exact: true }).click();
    await kindBoxes.getByRole('checkbox', { name: kind, exact: true, checked: true }).waitFor();
  }
  expect(new URL(page.url()).searchParams.getAll('kinds').sort()).toEqual(['Country', 'Workshop']);
  const filtered = await neighbourhood(DURRES, 2, ['Country', 'Workshop']);
  expect(filtered.nodes.length).toBeLessThan(deep.nodes.length);
  expect(new Set(filtered.nodes.slice(1).map((node) => node.kind))).toEqual(new Set(['Country', 'Workshop']));
  await expectListed(page, names([filtered]));
  const listedKinds = await page.locator('.node-list .kind-label').allTextContents();
  expect(new Set(listedKinds)).toEqual(new Set(['City', 'Country', 'Workshop']));
  await expectAccessible(watched, 'graph-durres-filtered');

  await page.getByRole('button', { name: 'Every kind and type' }).click();
  await page.waitForURL((url) => !url.searchParams.has('kinds'));
  await expectListed(page, names([deep]));
  expect(watched.problems).toEqual([]);
});

test('Network view: a neighbourhood cut at the limit chosen says so, and draws the nearest entities the API gives', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  const whole = await neighbourhood('network:scn', 2);
  const cut = await neighbourhood('network:scn', 2, null, 50);
  expect([whole.truncated, cut.truncated, cut.nodes.length]).toEqual([false, true, 50]);
  await page.goto('/graph/network%3Ascn?depth=2');
  await expectListed(page, names([whole]));
  await expect(page.getByText('Only the nearest').count()).resolves.toBe(0);
  await page.getByLabel('At most').selectOption('50');
  await page.waitForURL(/limit=50/);
  await expectListed(page, names([cut]));
  await page.getByText('Only the nearest 50 entities of each neighbourhood are drawn').waitFor();
  await expectAccessible(watched, 'graph-scn-cut');
  expect(watched.problems).toEqual([]);
});

test('Network view: an unknown id says so as an error, not as an empty drawing; kinds the graph does not have are left out and said so', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  await page.goto('/graph/city%3Anowhere');
  await expect(page.getByRole('alert').textContent()).resolves.toBe('No entity has the id “city:nowhere”.');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await page.goto(`/graph/${encodeURIComponent(DURRES)}?kinds=Nope&kinds=Country&types=NOT_A_TYPE`);
  await expectListed(page, names([await neighbourhood(DURRES, 1, ['Country'])]));
  await page.getByRole('alert').filter({ hasText: 'Not kinds of the graph, left out: Nope' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Not relationship types of the graph, left out: NOT_A_TYPE' }).waitFor();
  expect(watched.problems).toEqual([]);
});

test('Network view: when the API fails, the failure is shown as an error, not as an empty network', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  // The service answering a timeout (its own answer's shape), for the neighbourhood only.
  const timeout = { errors: [{ message: 'The database did not answer in time.', extensions: { code: 'DATABASE_TIMEOUT' } }] };
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('neighborhood') ? route.fulfill({ status: 504, contentType: 'application/json', body: JSON.stringify(timeout) }) : route.continue(),
  );
  await page.goto(`/graph/${encodeURIComponent(DURRES)}`);
  await expect(page.getByRole('alert').textContent()).resolves.toBe('Could not load the network. The database did not answer in time. (DATABASE_TIMEOUT)');
  await expect(page.locator('.network-graph').count()).resolves.toBe(0);
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems.length).toBeGreaterThan(0);
  expect(watched.problems.filter((problem) => !problem.includes('504'))).toEqual([]);
});

test('Network view: on a phone (390×844) the drawing fits the width, the panel comes below it, and the page does not scroll sideways', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl, { width: 390, height: 844 });
  const { page } = watched;
  await page.goto(`/graph/${encodeURIComponent(DURRES)}?selected=${encodeURIComponent(WORKSHOP)}`);
  await expectListed(page, names([await neighbourhood(DURRES, 1)]));
  const drawing = (await page.locator('.network-graph').boundingBox())!;
  const panel = (await page.locator('.node-panel').boundingBox())!;
  expect(drawing.x).toBeGreaterThanOrEqual(0);
  expect(drawing.x + drawing.width).toBeLessThanOrEqual(390);
  expect(panel.y).toBeGreaterThanOrEqual(drawing.y + drawing.height);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await expectAccessible(watched, 'graph-durres-phone');
  expect(watched.problems).toEqual([]);
});
