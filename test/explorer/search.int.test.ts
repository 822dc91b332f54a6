import { watchedPage, WatchedPage } from '../support/browser';
import { explorerSuite } from '../support/explorerSuite';

const suite = explorerSuite();

/** What the search view asks for (SEARCH_FIRST in web/src/components/SearchResults.tsx). */
const FIRST = 50;

interface Hit {
  entity: { id: string; kind: string; name: string };
  matches: { field: string; text: string; words: { query: string; matched: string; how: string }[] }[];
}

async function search(text: string, kinds?: string[]): Promise<Hit[]> {
  const { search: hits } = await suite.service.client.request<{ search: Hit[] }>(
    `query ($text: String!, $kinds: [EntityKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { entity { id kind name } matches { field text words { query matched how } } } }`,
    { text, kinds, first: FIRST },
  );
  return hits;
}

/** The names listed as results, in order, once the count announced says `hits` results. */
async function shownResults(watched: WatchedPage, query: string, hits: number): Promise<string[]> {
  await watched.page.getByRole('status').filter({ hasText: `${hits} ${hits === 1 ? 'result' : 'results'} for “${query}”` }).waitFor();
  return watched.page.locator('ol.results > li .listed-name a').allInnerTexts();
}

test('Search: typing "durres" on the home page shows results as you type with why they matched; the URL holds the query and the kind filter; reload keeps them; back works', async () => {
  const all = await search('durres');
  const cities = await search('durres', ['City']);
  const durres = all.find((hit) => hit.entity.id === 'city:durres');
  expect(durres).toBeDefined();
  expect(cities.length).toBeGreaterThan(0);
  expect(cities.length).toBeLessThan(all.length);

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/');
  const box = watched.page.getByRole('searchbox', { name: 'Search the network' });
  await box.waitFor();
  await watched.page.getByRole('heading', { name: 'The network at a glance' }).waitFor();
  await watched.page.locator('ul.glance > li').first().waitFor();
  await watched.screenshot('home');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await box.pressSequentially('durres', { delay: 60 });
  await watched.page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'durres');
  expect(await shownResults(watched, 'durres', all.length)).toEqual(all.map((hit) => hit.entity.name));
  await expect(watched.page.getByRole('searchbox', { name: 'Search the network' }).inputValue()).resolves.toBe('durres');
  // Why Durrës matched, as the API says: the text that matched (its name or an alias) and the word typed.
  const item = watched.page.locator('ol.results > li').filter({ has: watched.page.getByRole('link', { name: durres!.entity.name, exact: true }) });
  const why = await item.locator('.why').allInnerTexts();
  for (const match of durres!.matches) {
    expect(why.join('\n')).toContain(match.text);
    for (const word of match.words) expect(why.join('\n')).toContain(word.query);
  }
  expect(await watched.page.title()).toBe('“durres” · Search · SCN Graph');
  await watched.screenshot('search-durres');
  expect(await watched.accessibilityViolations()).toEqual([]);

  await watched.page.getByRole('checkbox', { name: 'City', exact: true }).check();
  await watched.page.waitForURL((url) => url.searchParams.get('kinds') === 'City' && url.searchParams.get('q') === 'durres');
  expect(await shownResults(watched, 'durres', cities.length)).toEqual(cities.map((hit) => hit.entity.name));

  await watched.page.reload();
  expect(await shownResults(watched, 'durres', cities.length)).toEqual(cities.map((hit) => hit.entity.name));
  await expect(watched.page.getByRole('searchbox', { name: 'Search the network' }).inputValue()).resolves.toBe('durres');
  await expect(watched.page.getByRole('checkbox', { name: 'City', exact: true }).isChecked()).resolves.toBe(true);

  // Back: the search without the filter (typing replaced its entry, so one entry per search), then the home page.
  await watched.page.goBack();
  await watched.page.waitForURL((url) => url.searchParams.get('kinds') === null && url.searchParams.get('q') === 'durres');
  expect(await shownResults(watched, 'durres', all.length)).toEqual(all.map((hit) => hit.entity.name));
  await expect(watched.page.getByRole('checkbox', { name: 'City', exact: true }).isChecked()).resolves.toBe(false);
  await watched.page.goBack();
  await watched.page.waitForURL((url) => url.pathname === '/');
  await watched.page.getByRole('heading', { name: 'The network at a glance' }).waitFor();
  await watched.page.goForward();
  expect(await shownResults(watched, 'durres', all.length)).toEqual(all.map((hit) => hit.entity.name));

  await watched.page.locator('ol.results').getByRole('link', { name: durres!.entity.name, exact: true }).click();
  await watched.page.getByRole('heading', { level: 1, name: durres!.entity.name }).waitFor();
  expect(new URL(watched.page.url()).pathname).toBe(`/entity/${encodeURIComponent('city:durres')}`);
  expect(watched.problems).toEqual([]);
});

test('Search: the home page counts each kind from the API and links to its list; a search nothing matches says so', async () => {
  const { stats, kinds } = await suite.service.client.request<{ stats: { kind: string; count: number }[]; kinds: { kind: string; description: string }[] }>(
    '{ stats { kind count } kinds { kind description } }',
  );
  const count = (kind: string) => stats.find((row) => row.kind === kind)?.count ?? 0;

  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/');
  const glance = watched.page.locator('ul.glance > li');
  await glance.first().waitFor();
  const shown = await glance.allInnerTexts();
  expect(shown).toHaveLength(kinds.length);
  kinds.forEach((kind, index) => {
    expect(shown[index]).toContain(String(count(kind.kind)));
    expect(shown[index]).toContain(kind.description);
  });

  await glance.first().getByRole('link').click();
  await watched.page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('kinds') === kinds[0].kind);
  await watched.page.getByRole('status').filter({ hasText: `${count(kinds[0].kind)} of kind` }).waitFor();
  const listed = await watched.page.locator('ol.results > li').count();
  expect(listed).toBe(Math.min(count(kinds[0].kind), 50));
  expect(await watched.accessibilityViolations()).toEqual([]);

  await watched.page.goto('/search?q=zzqxv');
  await watched.page.getByRole('status').filter({ hasText: 'No results for “zzqxv”.' }).waitFor();
  await expect(watched.page.locator('ol.results').count()).resolves.toBe(0);
  expect(watched.problems).toEqual([]);
});

test('Search: a search the API refuses shows its error as an error, not as "no results"', async () => {
  const tooLong = 'a'.repeat(501);
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto(`/search?q=${tooLong}`);
  const alert = watched.page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('BAD_USER_INPUT');
  await expect(watched.page.getByText('No results').count()).resolves.toBe(0);
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

test('Search: a kind in the URL that the graph does not have is left out and said so, the search runs with the others', async () => {
  const cities = await search('durres', ['City']);
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/search?q=durres&kinds=City,Spaceport');
  expect(await shownResults(watched, 'durres', cities.length)).toEqual(cities.map((hit) => hit.entity.name));
  expect(await watched.page.getByRole('alert').innerText()).toContain('Spaceport');
  await expect(watched.page.getByRole('checkbox', { name: 'City', exact: true }).isChecked()).resolves.toBe(true);
  expect(watched.problems).toEqual([]);
});

test('Search: Enter keeps a search in the history, so that back returns to it after typing another', async () => {
  const aarhus = await search('aarhus');
  const durres = await search('durres');
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/search');
  const box = watched.page.getByRole('searchbox', { name: 'Search the network' });
  await box.pressSequentially('aarhus', { delay: 40 });
  await box.press('Enter');
  expect(await shownResults(watched, 'aarhus', aarhus.length)).toEqual(aarhus.map((hit) => hit.entity.name));
  await box.fill('');
  await box.pressSequentially('durres', { delay: 40 });
  expect(await shownResults(watched, 'durres', durres.length)).toEqual(durres.map((hit) => hit.entity.name));
  await watched.page.goBack();
  await watched.page.waitForURL((url) => url.searchParams.get('q') === 'aarhus');
  expect(await shownResults(watched, 'aarhus', aarhus.length)).toEqual(aarhus.map((hit) => hit.entity.name));
  await expect(box.inputValue()).resolves.toBe('aarhus');
  expect(watched.problems).toEqual([]);
});
