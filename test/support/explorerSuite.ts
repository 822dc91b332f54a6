import type { Browser } from 'playwright-core';
import type { ServiceOptions } from '../../src/server';
import { startTestService, TestService } from './testService';
import { launchBrowser } from './browser';

export interface ExplorerSuite {
  /** The real service (API and explorer) on a free port, over the suite's Neo4j. */
  readonly service: TestService;
  /** Headless Chromium (launchBrowser). */
  readonly browser: Browser;
}

/**
 * Starts the service (with `options`, e.g. production) and a browser before the file's tests and stops both after
 * them. Call at the top of a test file.
 */
export function explorerSuite(options: Partial<Omit<ServiceOptions, 'db' | 'logger'>> = {}): ExplorerSuite {
  let service: TestService | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    service = await startTestService(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });
  return {
    get service() {
      if (!service) throw new Error('explorerSuite: the service starts in beforeAll');
      return service;
    },
    get browser() {
      if (!browser) throw new Error('explorerSuite: the browser starts in beforeAll');
      return browser;
    },
  };
}
