import type { Locator } from 'playwright-core';
import { watchedPage, WatchedPage } from '../support/browser';
import { explorerSuite } from '../support/explorerSuite';

const suite = explorerSuite();

const DURRES = 'city:durres';
const WORKSHOP = 'workshop:western-balkans-durres-2017';

interface Ref { id: string; name: string }
interface Evidence { kind: 'EXCERPT' | 'CITATION'; excerpt: string | null; statement: string | null; source: { name: string; address: string | null } }
interface Relationship { type: string; from: Ref; to: Ref; evidence: Evidence[] }
interface PartialDate { iso: string; precision: 'YEAR' | 'MONTH' | 'DAY' }

/** The month names of English, written here rather than taken from the explorer's own formatter. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a reader expects a partial date: "2017", "September 2017", "24 May 2017" (never a day the source does not give). */
function expectedDate(date: PartialDate): string {
  const [year, month, day] = date.iso.split('-').map(Number);
  if (date.precision === 'YEAR') return String(year);
  if (date.precision === 'MONTH') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

async function open(watched: WatchedPage, path: string, heading: string): Promise<void> {
  await watched.page.goto(path);
  await watched.page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The value shown for a fact of the entity (its <dd>), by its label. */
function fact(watched: WatchedPage, label: string): Locator {
  return watched.page.locator('dl.properties .property').filter({ has: watched.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

test('Entity page: Durrës shows the workshop it hosted with the excerpt and its source, and the workshop its date at its precision and its status', async () => {
  const { node: durres } = await suite.service.client.request<{ node: { name: string; relationships: Relationship[] } }>(
    `query ($id: ID!) { node(id: $id) { name relationships(first: 100) { type from { id name } to { id name } evidence { kind excerpt statement source { name address } } } } }`,
    { id: DURRES },
  );
  const held = durres.relationships.find((relationship) => relationship.from.id === WORKSHOP);
  expect(held).toBeDefined();
  const excerpt = held!.evidence.find((evidence) => evidence.kind === 'EXCERPT')!;
  const { node: workshop } = await suite.service.client.request<{ node: { name: string; kind: string; date: PartialDate; status: string } }>(
    `query ($id: ID!) { node(id: $id) { name kind ... on Event { date { iso precision } status } } }`,
    { id: WORKSHOP },
  );
  const { relatedInitiatives } = await suite.service.client.request<{ relatedInitiatives: { initiative: Ref; reasons: string[] }[] }>(
    `query ($id: ID!) { relatedInitiatives(entityId: $id) { initiative { id name } reasons } }`,
    { id: DURRES },
  );

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await open(watched, `/entity/${encodeURIComponent(DURRES)}`, durres.name);
  expect(await watched.page.title()).toBe(`${durres.name} · City · SCN Graph`);
  const row = watched.page.locator('li.relationship').filter({ has: watched.page.getByRole('link', { name: workshop.name, exact: true }) });
  await row.first().waitFor();
  await expect(row.count()).resolves.toBe(1);
  expect(await row.locator('.relationship-end').innerText()).toMatch(/from/);
  expect(await row.locator('blockquote').first().innerText()).toBe(excerpt.excerpt);
  expect(await row.locator('.evidence-source').first().innerText()).toContain(excerpt.source.name);
  await expect(watched.page.getByRole('link', { name: 'See in the graph' }).getAttribute('href')).resolves.toBe(`/graph/${encodeURIComponent(DURRES)}`);
  await expect(watched.page.getByRole('link', { name: 'Find a path from here' }).getAttribute('href')).resolves.toBe(`/path?from=${encodeURIComponent(DURRES)}`);
  const related = watched.page.locator('.related-initiatives > li');
  expect(relatedInitiatives.length).toBeGreaterThan(0);
  await expect(related.count()).resolves.toBe(relatedInitiatives.length);
  expect(await related.first().innerText()).toContain(relatedInitiatives[0].reasons[0]);
  await watched.screenshot('entity-durres');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await row.getByRole('link', { name: workshop.name, exact: true }).click();
  await watched.page.getByRole('heading', { level: 1, name: workshop.name }).waitFor();
  expect(watched.page.url()).toBe(`${suite.service.baseUrl}/entity/${encodeURIComponent(WORKSHOP)}`);
  expect(await fact(watched, 'Date').innerText()).toBe(expectedDate(workshop.date));
  expect((await fact(watched, 'Status').innerText()).toUpperCase()).toBe(workshop.status);
  await watched.screenshot('entity-workshop');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await watched.page.goBack();
  await watched.page.getByRole('heading', { level: 1, name: durres.name }).waitFor();
  expect(watched.problems).toEqual([]);
});

test('Entity page: a property sources disagree on shows every value with the sources that state it', async () => {
  const { disputes } = await suite.service.client.request<{ disputes: { property: string; entity: Ref; relationship: unknown; claims: { value: string; chosen: boolean; sources: Ref[] }[] }[] }>(
    `{ disputes(first: 200) { property entity { id name } relationship { type } claims { value chosen sources { id name } } } }`,
  );
  const dispute = disputes.find((candidate) => candidate.relationship === null && candidate.claims.length >= 2);
  expect(dispute).toBeDefined();

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await open(watched, `/entity/${encodeURIComponent(dispute!.entity.id)}`, dispute!.entity.name);
  const section = watched.page.getByRole('region', { name: 'Sources disagree' });
  const values = section.locator('.dispute').filter({ has: watched.page.getByRole('heading', { level: 3 }) }).locator('ul.claims > li');
  const shown = await values.allInnerTexts();
  // Each value stated, in the API's order (the one the graph holds first), with every source that states it.
  for (const claim of dispute!.claims) {
    const line = shown.find((text) => claim.sources.every((source) => text.includes(source.name)) && (claim.value.match(/\d+/g) ?? []).every((digits) => text.includes(String(Number(digits)))));
    expect({ value: claim.value, line }).toEqual({ value: claim.value, line: expect.any(String) });
  }
  expect(shown.filter((text) => text.includes('the value the graph holds'))).toHaveLength(dispute!.claims.filter((claim) => claim.chosen).length);
  await watched.screenshot('entity-dispute');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Entity page: a citation shows its statement and links to the page it cites (an ordinary link, not loaded)', async () => {
  const { node } = await suite.service.client.request<{ node: { name: string; evidence: Evidence[] } }>(
    `query ($id: ID!) { node(id: $id) { name evidence { kind excerpt statement source { name address } } } }`,
    { id: DURRES },
  );
  const citation = node.evidence.find((evidence) => evidence.kind === 'CITATION' && evidence.source.address);
  expect(citation).toBeDefined();

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await open(watched, `/entity/${encodeURIComponent(DURRES)}`, node.name);
  const evidence = watched.page.getByRole('region', { name: 'Evidence' }).locator('li.evidence-citation').filter({ hasText: citation!.statement! });
  await expect(evidence.count()).resolves.toBe(1);
  await expect(evidence.locator(`a[href="${citation!.source.address}"]`).count()).resolves.toBe(1);
  // The page never asks the cited host for anything: the harness records any request to another host.
  expect(watched.problems).toEqual([]);
});

test('Entity page: a relationship shows its own properties, such as when a city joined, at their precision', async () => {
  const { node } = await suite.service.client.request<{ node: { name: string; memberships: { to: Ref; joined: PartialDate | null }[] } }>(
    `{ node(id: "city:kakamega") { name ... on City { memberships { to { id name } joined { iso precision } } } } }`,
  );
  const membership = node.memberships.find((candidate) => candidate.joined);
  expect(membership).toBeDefined();

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await open(watched, '/entity/city%3Akakamega', node.name);
  const row = watched.page.locator('li.relationship').filter({ has: watched.page.getByRole('link', { name: membership!.to.name, exact: true }) });
  await row.waitFor();
  expect(await row.locator('.relationship-properties').innerText()).toContain(expectedDate(membership!.joined!));
  expect(watched.problems).toEqual([]);
});

test('Entity page: on a phone (390×844) nothing scrolls sideways', async () => {
  const { node } = await suite.service.client.request<{ node: { name: string } }>(`{ node(id: "${WORKSHOP}") { name } }`);
  const watched = await watchedPage(suite.browser, suite.service.baseUrl, { width: 390, height: 844 });
  await open(watched, `/entity/${encodeURIComponent(WORKSHOP)}`, node.name);
  await watched.page.locator('li.relationship').first().waitFor();
  const widths = await watched.page.evaluate<{ page: number; viewport: number }>('({ page: document.documentElement.scrollWidth, viewport: window.innerWidth })');
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await watched.screenshot('entity-phone');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Entity page: an id no entity has says not found', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await open(watched, '/entity/city%3Ano-such-city', 'Not found');
  expect(await watched.page.locator('main').innerText()).toContain('city:no-such-city');
  expect(await watched.page.title()).toBe('Not found · SCN Graph');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Entity page: a relationship type with many rows shows the first few, then all of them on request', async () => {
  const { node } = await suite.service.client.request<{ node: { name: string; relationships: Relationship[] } }>(
    `{ node(id: "network:scn") { name relationships(first: 500) { type from { id name } to { id name } evidence { kind excerpt statement source { name address } } } } }`,
  );
  const byType = new Map<string, number>();
  for (const relationship of node.relationships) byType.set(relationship.type, (byType.get(relationship.type) ?? 0) + 1);
  const [type, count] = [...byType].sort((a, b) => b[1] - a[1])[0];
  expect(count).toBeGreaterThan(8);

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await open(watched, '/entity/network%3Ascn', node.name);
  const group = watched.page.getByRole('region', { name: new RegExp(`^${type} `) });
  await group.locator('li.relationship').first().waitFor();
  const shownAtFirst = await group.locator('li.relationship').count();
  expect(shownAtFirst).toBeLessThan(count);
  const more = group.getByRole('button', { name: `Show all ${count} ${type}` });
  await more.click();
  await expect(group.locator('li.relationship').count()).resolves.toBe(count);
  await expect(group.getByRole('button', { name: 'Show the first 8 only' }).getAttribute('aria-expanded')).resolves.toBe('true');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});
