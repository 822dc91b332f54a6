import type { Browser } from 'playwright-core';
import { startTestService, TestService } from './testService';
import { launchBrowser } from './browser';

export interface ExplorerSuite {
  /** The real service, started before the file's tests. */
  readonly service: TestService;
  /** Headless Chromium, launched before the file's tests. */
  readonly browser: Browser;
}

/**
 * For an end-to-end test file: starts the service and Chromium before its tests and stops both after them.
 * Read `service` and `browser` inside tests (they exist once beforeAll has run).
 */
export function explorerSuite(): ExplorerSuite {
  let service: TestService | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    service = await startTestService();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });
  return {
    get service() {
      if (!service) throw new Error('the service starts in beforeAll');
      return service;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
