import type { Page } from 'playwright-core';
import { watchedPage, WatchedPage } from '../support/browser';
import { explorerSuite } from '../support/explorerSuite';

const suite = explorerSuite();

const REGION = 'region:western-balkans';

interface Ref { id: string; name: string }
interface Aggregates {
  themeCoverage: { theme: Ref; events: number; cities: number; countries: number }[];
  countryActivity: { country: Ref; hosted: number; participated: number; partners: number }[];
  eventsByYear: { year: number; region: Ref | null; events: number }[];
}
interface TimelineEntry { kind: 'COUNT' | 'JOIN'; date: { iso: string; precision: 'YEAR' | 'MONTH' | 'DAY' } | null; count: { value: number; qualifier: string } | null; sources: Ref[] }

const AGGREGATES = `query ($regionId: ID) {
  themeCoverage(regionId: $regionId) { theme { id name } events cities countries }
  countryActivity(regionId: $regionId) { country { id name } hosted participated partners }
  eventsByYear(regionId: $regionId) { year region { id name } events }
}`;

/** What the API answers for the dashboard's aggregates, as the rows its tables should show (cells as text). */
async function expectedTables(regionId: string | null): Promise<Record<string, string[][]>> {
  const data = await suite.service.client.request<Aggregates>(AGGREGATES, { regionId });
  return {
    'Themes by events': data.themeCoverage.map((row) => [row.theme.name, String(row.events), String(row.cities), String(row.countries)]),
    'Countries by activity': data.countryActivity.map((row) => [row.country.name, String(row.hosted), String(row.participated), String(row.partners)]),
    'Events per year by region': data.eventsByYear.map((row) => [String(row.year), row.region?.name ?? 'No region', String(row.events)]),
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A partial date as a reader expects it, at its precision only: "2016", "March 2023", "10 May 2024". */
function expectedDate(date: { iso: string; precision: string }): string {
  const [year, month, day] = date.iso.split('-').map(Number);
  if (date.precision === 'YEAR') return String(year);
  if (date.precision === 'MONTH') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The body rows of the table captioned `caption`, each cell's text. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  const rows = table.locator('tbody tr');
  return Promise.all((await rows.all()).map(async (row) => (await row.locator('th, td').allInnerTexts()).map((text) => text.trim())));
}

async function expectTables(watched: WatchedPage, regionId: string | null, suffix: string): Promise<void> {
  for (const [heading, rows] of Object.entries(await expectedTables(regionId))) {
    expect(rows.length).toBeGreaterThan(0);
    expect(await tableRows(watched.page, `${heading}${suffix}`)).toEqual(rows);
  }
}

test('Dashboard: every chart with its table, the tables\' figures what the API answers, entity names linking to their pages', async () => {
  const { networks } = await suite.service.client.request<{ networks: { edges: { node: Ref }[] } }>(`{ networks(first: 100) { edges { node { id name } } } }`);
  const scn = networks.edges.map((edge) => edge.node).find((network) => network.id === 'network:scn')!;
  const { membershipTimeline } = await suite.service.client.request<{ membershipTimeline: TimelineEntry[] }>(
    `query ($id: ID!) { membershipTimeline(networkId: $id) { kind date { iso precision } count { value qualifier } sources { id name } } }`,
    { id: scn.id },
  );
  const points = membershipTimeline.filter((entry) => entry.kind === 'COUNT' && entry.date && entry.count);
  expect(points.length).toBeGreaterThan(1);

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/dashboard');
  await watched.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await expectTables(watched, null, '');

  const membership = await tableRows(watched.page, `Membership over time: ${scn.name}`);
  expect(membership.map((row) => row[0])).toEqual(points.map((point) => expectedDate(point.date!)));
  expect(membership.map((row) => row[1].replace(/\D/g, ''))).toEqual(points.map((point) => String(point.count!.value)));
  expect(membership.map((row) => row[3].split('\n').filter(Boolean))).toEqual(points.map((point) => point.sources.map((source) => source.name)));

  // Each aggregate has its chart, summed up for screen readers.
  const charts = watched.page.locator('.chart-panel canvas[role="img"]');
  await expect(charts.count()).resolves.toBe(4);
  for (const label of await charts.evaluateAll((canvases) => canvases.map((canvas) => canvas.getAttribute('aria-label') ?? ''))) expect(label).toMatch(/chart, .+; the table gives/);

  const firstTheme = (await expectedTables(null))['Themes by events'][0][0];
  const link = watched.page.getByRole('table', { name: 'Themes by events', exact: true }).getByRole('link', { name: firstTheme, exact: true });
  expect(await link.getAttribute('href')).toMatch(/^\/entity\/theme%3A/);

  await watched.screenshot('dashboard');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Dashboard: a region filter changes the URL and the tables, and survives reload and back', async () => {
  const { node: region } = await suite.service.client.request<{ node: Ref }>(`query ($id: ID!) { node(id: $id) { id name } }`, { id: REGION });
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/dashboard');
  await watched.page.getByRole('table', { name: 'Themes by events', exact: true }).waitFor();

  await watched.page.getByRole('combobox', { name: 'Region' }).selectOption(REGION);
  await watched.page.waitForURL((url) => url.searchParams.get('region') === REGION);
  await watched.page.getByRole('heading', { level: 1, name: `Dashboard: ${region.name}` }).waitFor();
  await expectTables(watched, REGION, `, ${region.name}`);
  const all = await expectedTables(null);
  const inRegion = await expectedTables(REGION);
  expect(inRegion['Countries by activity']).not.toEqual(all['Countries by activity']);
  await watched.screenshot('dashboard-region');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await watched.page.reload();
  await expect(watched.page.getByRole('combobox', { name: 'Region' }).inputValue()).resolves.toBe(REGION);
  await expectTables(watched, REGION, `, ${region.name}`);

  await watched.page.goBack();
  await watched.page.waitForURL((url) => !url.searchParams.has('region'));
  await expect(watched.page.getByRole('combobox', { name: 'Region' }).inputValue()).resolves.toBe('');
  await expectTables(watched, null, '');
  expect(watched.problems).toEqual([]);
});

test('Dashboard: an id in the URL that names no region is said to be wrong, not shown as empty charts', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/dashboard?region=region%3Aatlantis');
  await expect(watched.page.getByRole('alert').innerText()).resolves.toContain('region:atlantis');
  await expect(watched.page.locator('.chart-panel').count()).resolves.toBe(0);
  expect(watched.problems).toEqual([]);
});

test('Dashboard: usable on a phone (390×844): tables below their charts, nothing wider than the screen', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl, { width: 390, height: 844 });
  await watched.page.goto('/dashboard');
  await expectTables(watched, null, '');
  const widths = await watched.page.evaluate<{ page: number; screen: number }>('({ page: document.documentElement.scrollWidth, screen: window.innerWidth })');
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
  const chart = await watched.page.locator('#theme-coverage ~ .chart-and-table .chart').boundingBox();
  const table = await watched.page.getByRole('table', { name: 'Themes by events', exact: true }).boundingBox();
  expect(table!.y).toBeGreaterThanOrEqual(chart!.y + chart!.height);
  await watched.screenshot('dashboard-phone');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});
