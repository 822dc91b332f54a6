import type { Browser } from 'playwright-core';
import { startTestService, TestService } from '../support/testService';
import { launchBrowser, watchedPage } from '../support/browser';

let service: TestService;
let browser: Browser;

beforeAll(async () => {
  service = await startTestService();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

test('Explorer: the first view loads from this server alone, with no console error, and axe finds nothing serious', async () => {
  const watched = await watchedPage(browser, service.baseUrl);
  await watched.page.goto('/');
  await watched.page.getByRole('navigation', { name: 'Explorer' }).waitFor();
  await watched.screenshot('shell');
  expect(await watched.accessibilityViolations()).toEqual([]);
  expect(watched.problems).toEqual([]);
});
