import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { PROJECT_ROOT } from '../../src/projectRoot';

/** Debian's Chromium (no browser download); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of the end-to-end tests, kept as artifacts to look at (not committed). */
export const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts', 'explorer');

/** Headless Chromium, with every background connection of its own off (the machine may have no internet). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, failed requests, HTTP errors and requests to any other host, as they happened. */
  problems: string[];
  /** Saves a full-page screenshot as test-artifacts/explorer/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** axe-core's serious and critical violations on the page as it is now, one line each (rule: nodes). */
  accessibilityViolations(): Promise<string[]>;
}

/**
 * A new page whose every problem is recorded: a console error, a failed request, a 4xx/5xx answer, or a request
 * to another origin than `baseUrl`'s. Tests assert `problems` is empty at the end.
 */
export async function watchedPage(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
  });
  page.on('requestfailed', (request) => {
    // A request the page itself cancelled (navigating away, an aborted search-as-you-type) is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    page,
    problems,
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async accessibilityViolations() {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
  };
}
