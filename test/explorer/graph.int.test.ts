import type { Page } from 'playwright-core';
import { gql } from 'graphql-request';
import { explorerSuite } from '../support/explorerSuite';
import { watchedPage, WatchedPage } from '../support/browser';

const suite = explorerSuite();

const DURRES = 'city:durres';
const WORKSHOP = 'workshop:western-balkans-durres-2017';

interface Subgraph {
  nodes: { id: string; kind: string; name: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string } }[];
}

/** The API's own answer, asked the way the view asks (its limit: 200). */
async function neighbourhood(id: string, depth: number, kinds: string[] | null = null): Promise<Subgraph> {
  const answer = await suite.service.client.request<{ neighborhood: Subgraph }>(
    gql`query ($id: ID!, $depth: Int!, $kinds: [EntityKind!]) { neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: 200) { nodes { id kind name } relationships { type from { id } to { id } } } }`,
    { id, depth, kinds },
  );
  return answer.neighborhood;
}

/** Every kind, in the model's order. */
async function allKinds(): Promise<string[]> {
  const answer = await suite.service.client.request<{ kinds: { kind: string }[] }>(gql`{ kinds { kind } }`);
  return answer.kinds.map((info) => info.kind);
}

function names(subgraphs: Subgraph[]): string[] {
  return [...new Map(subgraphs.flatMap((s) => s.nodes).map((n) => [n.id, n.name])).values()].sort();
}

function relationshipCount(subgraphs: Subgraph[]): number {
  return new Set(subgraphs.flatMap((s) => s.relationships).map((r) => `${r.from.id}|${r.type}|${r.to.id}`)).size;
}

/** Waits for the network view to finish loading, then reads the entities it lists (the drawing's nodes, for keyboards). */
async function listedNames(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1, name: /^Network around / }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading the network' }).waitFor({ state: 'detached' });
  const listed = await page.getByRole('list', { name: /^\d+ entit(y|ies)$/ }).locator('.node-button').allTextContents();
  return listed.map((name) => name.trim()).sort();
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
  expect(await listedNames(page)).toEqual(names([base]));
  expect(await drawingLabel(page)).toBe(`${base.nodes.length} entities, ${base.relationships.length} relationships around Durrës`);
  await expect(page.locator('.relationship-table tbody tr').count()).resolves.toBe(base.relationships.length);
  await expectAccessible(watched, 'graph-durres');

  const workshop = base.nodes.find((node) => node.id === WORKSHOP)!;
  await page.getByRole('button', { name: workshop.name }).click();
  const panel = page.locator('.node-panel');
  await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(workshop.name);
  await expect(panel.getByRole('link', { name: 'Entity page' }).getAttribute('href')).resolves.toBe(`/entity/${encodeURIComponent(WORKSHOP)}`);
  await expect(panel.getByText('Workshop', { exact: true }).count()).resolves.toBe(1);
  expect(new URL(page.url()).searchParams.get('selected')).toBe(WORKSHOP);

  const expansion = await neighbourhood(WORKSHOP, 1);
  expect(names([base, expansion]).length).toBeGreaterThan(base.nodes.length);
  await panel.getByRole('button', { name: 'Expand' }).click();
  await page.waitForURL(/expanded=/);
  expect(new URL(page.url()).searchParams.getAll('expanded')).toEqual([WORKSHOP]);
  expect(await listedNames(page)).toEqual(names([base, expansion]));
  expect(await drawingLabel(page)).toBe(`${names([base, expansion]).length} entities, ${relationshipCount([base, expansion])} relationships around Durrës`);
  await expect(panel.getByRole('button', { name: 'Expanded' }).isDisabled()).resolves.toBe(true);
  await expectAccessible(watched, 'graph-durres-expanded');

  await page.reload();
  expect(await listedNames(page)).toEqual(names([base, expansion]));
  expect(await drawingLabel(page)).toBe(`${names([base, expansion]).length} entities, ${relationshipCount([base, expansion])} relationships around Durrës`);
  await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(workshop.name);

  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('expanded'));
  expect(await listedNames(page)).toEqual(names([base]));
  expect(watched.problems).toEqual([]);
});

test('Network view: depth 2 and a kind left out are asked of the API and kept in the URL', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  await page.goto(`/graph/${encodeURIComponent(DURRES)}`);
  await listedNames(page);

  await page.getByLabel('Depth').selectOption('2');
  await page.waitForURL(/depth=2/);
  const deep = await neighbourhood(DURRES, 2);
  expect(await listedNames(page)).toEqual(names([deep]));
  expect(deep.nodes.some((node) => node.kind === 'Country')).toBe(true);

  await page.getByText('Filter by kind and relationship type').click();
  await page.getByRole('group', { name: 'Kinds of entity' }).getByRole('checkbox', { name: 'Country', exact: true }).uncheck();
  await page.waitForURL(/kinds=/);
  const kinds = (await allKinds()).filter((kind) => kind !== 'Country');
  expect(new URL(page.url()).searchParams.getAll('kinds')).toEqual(kinds);
  const filtered = await neighbourhood(DURRES, 2, kinds);
  expect(filtered.nodes.length).toBeLessThan(deep.nodes.length);
  expect(await listedNames(page)).toEqual(names([filtered]));
  await expect(page.locator('.node-list .kind-label').allTextContents()).resolves.not.toContain('Country');
  await expectAccessible(watched, 'graph-durres-filtered');

  await page.getByRole('button', { name: 'Show every kind and type' }).click();
  await page.waitForURL((url) => !url.searchParams.has('kinds'));
  expect(await listedNames(page)).toEqual(names([deep]));
  expect(watched.problems).toEqual([]);
});

test('Network view: an unknown id says so as an error, not as an empty drawing', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/graph/city%3Anowhere');
  await expect(watched.page.getByRole('alert').textContent()).resolves.toBe('No entity has the id “city:nowhere”.');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Network view: on a phone (390×844) the drawing fits the width, the panel comes below it, and the page does not scroll sideways', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl, { width: 390, height: 844 });
  const { page } = watched;
  await page.goto(`/graph/${encodeURIComponent(DURRES)}?selected=${encodeURIComponent(WORKSHOP)}`);
  await listedNames(page);
  const drawing = (await page.locator('.network-graph').boundingBox())!;
  const panel = (await page.locator('.node-panel').boundingBox())!;
  expect(drawing.x).toBeGreaterThanOrEqual(0);
  expect(drawing.x + drawing.width).toBeLessThanOrEqual(390);
  expect(panel.y).toBeGreaterThanOrEqual(drawing.y + drawing.height);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await expectAccessible(watched, 'graph-durres-phone');
  expect(watched.problems).toEqual([]);
});
