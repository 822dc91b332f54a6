/**
 * `npm run bench:web`: how fast the explorer's first view loads, and what it weighs. Brings the bundle up to date
 * (scripts/ensure-web.js), starts the embedded Neo4j with its default memory settings on a throw-away data
 * directory (or uses NEO4J_URI, if its database is empty), loads the seeds and serves this service (production
 * mode, GraphiQL on to weigh it too). Then headless Chromium (Debian's, as the tests use) opens / BENCH_WEB_RUNS
 * times (10) in one browser context: the first load cold (empty cache), the others warm (the hashed assets come
 * from the cache, the page is revalidated). Per load: navigation start → load event, → first contentful paint, and
 * → the search box usable (shown and enabled). Then the bytes / loads (the explorer's entry and chunks) and those
 * /graphiql loads (GraphiQL, Monaco and its workers), raw and gzipped. Prints tables; writes nothing.
 * Fails when / loads any of GraphiQL's or Monaco's code: the explorer must not.
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../src/config/config';
import { Database } from '../src/database/database';
import { applySchema } from '../src/database/applySchema';
import { importSeeds } from '../src/seed/importSeeds';
import { readSeeds } from '../src/seed/readSeeds';
import { SEEDS_DIR } from '../src/seed/seedsDir';
import { startService } from '../src/server';
import { WEB_DIST } from '../src/http/webRoutes';
import { PROJECT_ROOT } from '../src/projectRoot';
import { launchBrowser } from '../test/support/browser';

const RUNS = Math.max(2, Number(process.env.BENCH_WEB_RUNS ?? 10));
/** The explorer's search box: a search input, or anything with the searchbox role. */
const SEARCH_BOX = 'input[type="search"], [role="searchbox"]';
/** Files of GraphiQL and its editor: the explorer's page must load none of them. */
const GRAPHIQL_CODE = /\/assets\/(graphiql|monaco|editor\.worker|graphql\.worker|json\.worker|codicon|jsonMode|graphqlMode)[-.]/;

interface Load {
  load: number;
  firstContentfulPaint: number;
  searchUsable: number | null;
}

/** One navigation to `path`, timed from the browser's own navigation start. */
async function timedLoad(page: Page, path: string, waitForSearch: boolean): Promise<Load> {
  await page.goto(path, { waitUntil: 'load' });
  const searchUsable = !waitForSearch ? null : await page
    .waitForFunction(
      // Run in the page (this file's TypeScript has no DOM types, so the page's code is given as text).
      `(() => { const box = document.querySelector(${JSON.stringify(SEARCH_BOX)}); return box && box.offsetParent !== null && !box.disabled ? performance.now() : null; })()`,
      undefined,
      { polling: 'raf', timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => null);
  const timings = await page.evaluate<{ load: number; firstContentfulPaint: number }>(
    `(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { load: navigation.loadEventEnd, firstContentfulPaint: paint ? paint.startTime : NaN };
    })()`,
  );
  return { ...timings, searchUsable };
}

/** The same-origin asset paths a page requests while it loads (workers included) until `ready` resolves. */
async function assetsLoaded(context: BrowserContext, path: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
  const page = await context.newPage();
  const assets = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/assets/')) assets.add(url.pathname);
  });
  await page.goto(path, { waitUntil: 'load' });
  await ready(page);
  // Lazy chunks and workers start right after: give them a moment to be asked for.
  await page.waitForTimeout(1_000);
  await page.close();
  return [...assets].sort();
}

function sizes(assets: string[]): { rows: string[][]; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const rows = assets.map((asset) => {
    const bytes = readFileSync(join(WEB_DIST, asset));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    return [asset.replace('/assets/', ''), kb(bytes.length), kb(zipped)];
  });
  return { rows, raw, gzip };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const log = (line: string) => console.log(`[bench:web] ${line}`);
  try {
    const web = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'ensure-web.js')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (web.status !== 0) throw new Error('the explorer could not be built');

    const config = loadConfig({});
    const password = process.env.NEO4J_PASSWORD ?? config.neo4jPassword;
    let uri = process.env.NEO4J_URI;
    if (!uri) {
      const dataDir = mkdtempSync(join(os.tmpdir(), 'scn-graph-bench-web-'));
      cleanups.unshift(async () => rmSync(dataDir, { recursive: true, force: true }));
      log(`starting the embedded Neo4j (heap ${config.embeddedHeap}, page cache ${config.embeddedPageCache}; throw-away data directory)`);
      const { startEmbeddedNeo4j } = await import('../src/embedded/embeddedNeo4j');
      const embedded = await startEmbeddedNeo4j({ dataDir, port: 0, password, heap: config.embeddedHeap, pageCache: config.embeddedPageCache });
      cleanups.unshift(() => embedded.stop());
      uri = embedded.uri;
    }
    const db = new Database({ uri, user: process.env.NEO4J_USER ?? config.neo4jUser, password, database: process.env.NEO4J_DATABASE });
    cleanups.unshift(() => db.close());
    const [{ total }] = await db.read('entity-count');
    if (Number(total) > 0) throw new Error(`the database at ${uri} already holds data; bench:web only runs against an empty one`);
    if (process.env.NEO4J_URI) cleanups.unshift(() => db.autoCommit('MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS'));
    await applySchema(db);
    await importSeeds(db, readSeeds(SEEDS_DIR));
    const service = await startService({ db, logger: pino({ level: 'silent' }), production: true, graphiql: true }, 0, '127.0.0.1');
    cleanups.unshift(() => service.stop());
    const baseUrl = service.url.replace(/\/graphql$/, '');
    log(`serving ${baseUrl}; loading / ${RUNS} times (the first cold)`);

    const browser: Browser = await launchBrowser();
    cleanups.unshift(() => browser.close());

    // What each page loads, each in a fresh context (nothing cached).
    const explorerContext = await browser.newContext({ baseURL: baseUrl });
    const explorerAssets = await assetsLoaded(explorerContext, '/', (page) => page.locator('main').waitFor());
    await explorerContext.close();
    const graphiqlContext = await browser.newContext({ baseURL: baseUrl });
    const graphiqlAssets = await assetsLoaded(graphiqlContext, '/graphiql', (page) => page.locator('.graphiql-query-editor .monaco-editor').first().waitFor());
    await graphiqlContext.close();

    // The timed loads: one context, so every load after the first finds the assets in its cache.
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run += 1) loads.push(await timedLoad(page, '/', run === 0 || loads[0].searchUsable !== null));
    await context.close();

    const metric = (name: string, pick: (load: Load) => number | null) => {
      const values = loads.map(pick);
      const known = values.filter((value): value is number => value !== null && !Number.isNaN(value));
      const warm = known.slice(1);
      return [name, ms(values[0]), known.length > 1 ? ms(median(warm)) : '—', known.length ? ms(Math.max(...known)) : '—'];
    };
    console.log(`\nThe explorer's first view (/), ${RUNS} loads in headless Chromium on one machine (${os.cpus().length} cores), served on loopback:\n`);
    console.log(
      table(
        ['from navigation start to', 'cold', `warm median (${RUNS - 1})`, 'worst'],
        [metric('load event', (l) => l.load), metric('first contentful paint', (l) => l.firstContentfulPaint), metric('search box usable', (l) => l.searchUsable)],
      ),
    );
    if (loads.every((load) => load.searchUsable === null)) console.log(`(no search box on /: nothing matched ${SEARCH_BOX})`);

    const explorer = sizes(explorerAssets);
    const graphiql = sizes(graphiqlAssets);
    console.log(`\nWhat / loads (the server sends files as they are; gzip shows what a compressing proxy would send):\n`);
    console.log(table(['file', 'raw', 'gzip'], [...explorer.rows, ['total', kb(explorer.raw), kb(explorer.gzip)]]));
    console.log(`\nWhat /graphiql loads (GraphiQL, Monaco and its workers):\n`);
    console.log(table(['file', 'raw', 'gzip'], [...graphiql.rows, ['total', kb(graphiql.raw), kb(graphiql.gzip)]]));

    const wrong = explorerAssets.filter((asset) => GRAPHIQL_CODE.test(asset));
    if (wrong.length > 0) {
      console.error(`\nBUG: / loads GraphiQL's or Monaco's code: ${wrong.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error: Error) => console.error(`cleanup: ${error.message}`));
  }
}

main().catch((error: Error) => {
  console.error(`bench:web failed: ${error.message}`);
  process.exit(1);
});
