import { watchedPage } from '../support/browser';
import { explorerSuite } from '../support/explorerSuite';

const suite = explorerSuite();

test('Explorer: the first view loads from this server alone, with no console error, and axe finds nothing serious', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  await watched.page.goto('/');
  await watched.page.getByRole('navigation', { name: 'Explorer' }).waitFor();
  await watched.screenshot('shell');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});
