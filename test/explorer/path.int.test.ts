import type { Page } from 'playwright-core';
import { gql } from 'graphql-request';
import { explorerSuite } from '../support/explorerSuite';
import { watchedPage } from '../support/browser';

const suite = explorerSuite();

interface ApiPath {
  length: number;
  nodes: { id: string; name: string }[];
  relationships: { type: string; from: { id: string }; to: { id: string }; evidence: { excerpt: string | null; statement: string | null }[] }[];
}

/** The API's answer for the pair, asked the way the path finder asks (at most 6 steps, 10 paths; every type unless given). */
async function shortestPaths(fromId: string, toId: string, relationshipTypes: string[] | null = null): Promise<ApiPath[]> {
  const answer = await suite.service.client.request<{ allShortestPaths: ApiPath[] }>(
    gql`query ($fromId: ID!, $toId: ID!, $relationshipTypes: [String!]) { allShortestPaths(fromId: $fromId, toId: $toId, maxLength: 6, first: 10, relationshipTypes: $relationshipTypes) { length nodes { id name } relationships { type from { id } to { id } evidence { excerpt statement } } } }`,
    { fromId, toId, relationshipTypes },
  );
  return answer.allShortestPaths;
}

/** Types into a picker and picks the match whose option reads `optionName` (then kind), with the keyboard. */
async function pick(page: Page, label: string, text: string, optionName: RegExp) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  const options = page.getByRole('listbox', { name: `${label}: matches` }).getByRole('option');
  await options.first().waitFor();
  const texts = await options.allTextContents();
  const index = texts.findIndex((option) => optionName.test(option));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i += 1) await box.press('ArrowDown');
  await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await options.nth(index).getAttribute('id'));
  await box.press('Enter');
  await expect(page.getByRole('listbox', { name: `${label}: matches` }).isHidden()).resolves.toBe(true);
}

/** Every step the page lists for the pair headed `pair` ("ISD to Aarhus"), path by path: its text (entities, type, evidence). */
async function listedSteps(page: Page, pair: string): Promise<string[][]> {
  await page.getByRole('heading', { level: 2, name: pair, exact: true }).waitFor();
  const paths = page.locator('.path-result');
  const steps: string[][] = [];
  for (let index = 0; index < (await paths.count()); index += 1) {
    steps.push(await paths.nth(index).locator('ol.path-steps > li').allTextContents());
  }
  return steps;
}

/** Each listed step names both its entities, its relationship type, and quotes or states each piece of its evidence. */
function expectStepsMatch(listed: string[][], paths: ApiPath[]) {
  expect(listed.map((steps) => steps.length)).toEqual(paths.map((path) => path.relationships.length));
  paths.forEach((path, p) =>
    path.relationships.forEach((relationship, s) => {
      const step = listed[p][s];
      expect(step.startsWith(path.nodes[s].name)).toBe(true);
      expect(step).toContain(`${relationship.type}`);
      expect(step).toContain(path.nodes[s + 1].name);
      expect(relationship.evidence.length).toBeGreaterThan(0);
      for (const evidence of relationship.evidence) expect(step).toContain(evidence.excerpt ?? evidence.statement);
    }),
  );
}

test('Path finder: from ISD to Aarhus, picked by typing, lists the API\'s shortest paths step by step with their evidence; the URL holds the pair, a reload shows the same, Back returns to it', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  await page.goto('/path');
  await pick(page, 'From', 'ISD', /^ISD\s*Partner$/);
  await pick(page, 'To', 'Aarhus', /^Aarhus\s*City$/);
  await page.getByRole('button', { name: 'Find paths' }).click();
  await page.waitForURL(/to=/);
  const url = new URL(page.url());
  expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['partner:isd', 'city:aarhus']);

  const paths = await shortestPaths('partner:isd', 'city:aarhus');
  expect(paths.length).toBeGreaterThan(0);
  const listed = await listedSteps(page, 'ISD to Aarhus');
  expectStepsMatch(listed, paths);
  await expect(page.locator('.path-result .network-graph').first().getAttribute('aria-label')).resolves.toBe(
    `Path 1, ${paths[0].length} steps: ${paths[0].nodes.map((node) => node.name).join(', ')}`,
  );
  await watched.screenshot('path-isd-aarhus');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await page.reload();
  expect(await listedSteps(page, 'ISD to Aarhus')).toEqual(listed);
  await expect(page.getByRole('combobox', { name: 'From' }).inputValue()).resolves.toBe('ISD');
  await expect(page.getByRole('combobox', { name: 'To' }).inputValue()).resolves.toBe('Aarhus');

  await pick(page, 'To', 'Durres', /^Durrës\s*City$/);
  await page.getByRole('button', { name: 'Find paths' }).click();
  await page.waitForURL(/to=city%3Adurres/);
  expectStepsMatch(await listedSteps(page, 'ISD to Durrës'), await shortestPaths('partner:isd', 'city:durres'));

  await page.goBack();
  await page.waitForURL(/to=city%3Aaarhus/);
  expect(await listedSteps(page, 'ISD to Aarhus')).toEqual(listed);
  await expect(page.getByRole('combobox', { name: 'To' }).inputValue()).resolves.toBe('Aarhus');
  expect(watched.problems).toEqual([]);
});

test('Path finder: following only the types that tie a partner to its framework, ISD reaches Aarhus through the joint framework announced at the Aarhus meeting, each step with its evidence; the types stay in the URL', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  const types = ['DEVELOPED_BY', 'ANNOUNCED_AT', 'HELD_IN'];
  const paths = await shortestPaths('partner:isd', 'city:aarhus', types);
  expect(paths.map((path) => path.nodes.map((node) => node.id))).toEqual([
    ['partner:isd', 'initiative:isd-creative-joint-framework', 'meeting:international-steering-committee-aarhus-2017-05', 'city:aarhus'],
  ]);

  await page.goto('/path?from=partner%3Aisd&to=city%3Aaarhus');
  await page.getByRole('heading', { level: 2, name: 'ISD to Aarhus', exact: true }).waitFor();
  await page.getByText('Follow only some relationship types').click();
  for (const type of types) await page.getByRole('checkbox', { name: type, exact: true }).check();
  await page.getByRole('button', { name: 'Find paths' }).click();
  await page.waitForURL(/types=/);
  expect(new URL(page.url()).searchParams.getAll('types').sort()).toEqual([...types].sort());
  await page.getByText('1 shortest path, 3 steps.').waitFor();
  const listed = await listedSteps(page, 'ISD to Aarhus');
  expectStepsMatch(listed, paths);
  expect(listed[0][1]).toContain('ANNOUNCED_AT');
  await watched.screenshot('path-isd-aarhus-framework');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await page.reload();
  expect(await listedSteps(page, 'ISD to Aarhus')).toEqual(listed);
  for (const type of types) await expect(page.getByRole('checkbox', { name: type, exact: true }).isChecked()).resolves.toBe(true);
  expect(watched.problems).toEqual([]);
});

test('Path finder: a pair too far apart says there is no path within the steps asked; an unknown id is not found', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  expect(await suite.service.client.request<{ allShortestPaths: unknown[] }>(gql`{ allShortestPaths(fromId: "partner:isd", toId: "city:aarhus", maxLength: 1) { length } }`)).toEqual({ allShortestPaths: [] });
  await page.goto('/path?from=partner%3Aisd&to=city%3Aaarhus&max=1');
  await page.getByText('No path within 1 step.').waitFor();
  await expect(page.getByLabel('At most').inputValue()).resolves.toBe('1');
  await watched.screenshot('path-none');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await page.goto('/path?from=partner%3Aisd&to=city%3Anowhere');
  await page.getByRole('alert').filter({ hasText: 'No entity has the id “city:nowhere”.' }).waitFor();
  await expect(page.locator('.path-result').count()).resolves.toBe(0);
  expect(await watched.accessibilityViolations()).toEqual([]);

  await page.goto('/path?from=city%3Aaarhus&to=city%3Aaarhus');
  await page.getByText('From and to are the same entity: pick two different ones.').waitFor();
  expect(watched.problems).toEqual([]);
});

test('Path finder: the API refusing a search is shown as an error, not as "no match"; Find asks for both entities', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  await page.goto('/path');
  await page.getByRole('button', { name: 'Find paths' }).click();
  await page.getByRole('alert').filter({ hasText: 'Pick an entity in both fields' }).waitFor();
  // The API takes at most 500 characters of search text and says so (BAD_USER_INPUT).
  await page.getByRole('combobox', { name: 'From' }).fill('a'.repeat(501));
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load matches.' });
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toContain('(BAD_USER_INPUT)');
  await expect(page.getByText(/No entity matches/).count()).resolves.toBe(0);
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Path finder: on a phone (390×844) the pickers, the drawing and the steps fit the width; the page does not scroll sideways', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl, { width: 390, height: 844 });
  const { page } = watched;
  await page.goto('/path?from=partner%3Aisd&to=city%3Aaarhus&types=DEVELOPED_BY&types=ANNOUNCED_AT&types=HELD_IN');
  const listed = await listedSteps(page, 'ISD to Aarhus');
  expect(listed.map((steps) => steps.length)).toEqual([3]);
  for (const label of ['From', 'To']) {
    const box = await page.getByRole('combobox', { name: label }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  const drawing = await page.locator('.path-result .network-graph').first().boundingBox();
  expect(drawing!.x + drawing!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  await watched.screenshot('path-phone');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});
