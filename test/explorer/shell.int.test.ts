import { watchedPage } from '../support/browser';
import { explorerSuite } from '../support/explorerSuite';

const suite = explorerSuite();

test('Explorer: the first view loads from this server alone, with no console error, and axe finds nothing serious', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/');
  const nav = watched.page.getByRole('navigation', { name: 'Explorer' });
  await nav.waitFor();
  // GraphiQL is on in development: the navigation leads to it (a production page leaves the link out: webRoutes test).
  await expect(nav.getByRole('link', { name: 'GraphiQL' }).getAttribute('href')).resolves.toBe('/graphiql');
  await watched.screenshot('shell');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});
