/**
 * `npm run bench`: our service against the Neo4j GraphQL Library and two floors (one hand-written Cypher
 * statement per shape, in-process and behind a bare HTTP server) on the same Neo4j, side by side; then a size
 * sweep of the page and detail shapes on ours, and our service's peak RSS under 32 clients.
 * Starts a throw-away embedded Neo4j (or uses NEO4J_URI, if its database is empty), loads the seeds and a
 * generated graph (bench/generateGraph.ts), checks every side gives our answer, times each shape on every side
 * in rotating rounds, prints tables and writes bench/results/latest.json. What a run does, step by step, is in
 * bench/results/README.md.
 */
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4j, { Driver } from 'neo4j-driver';
import pino from 'pino';
import { Database } from '../src/database/database';
import { applySchema } from '../src/database/applySchema';
import { cypherFile } from '../src/database/cypherFile';
import { importSeeds } from '../src/seed/importSeeds';
import { readSeeds } from '../src/seed/readSeeds';
import { SEEDS_DIR } from '../src/seed/seedsDir';
import { Service, startService } from '../src/server';
import { floorDriver, runFloor, startHttpFloor } from './floor';
import { DEFAULT_SEED, generateGraph } from './generateGraph';
import { loadGenerated } from './loadGraph';
import { markdownTables } from './markdownTables';
import { emptySample, post, round, runRound, Sample, summarize, Summary } from './measure';
import { Neo4jGraphqlServer, startNeo4jGraphqlServer } from './neo4jGraphqlServer';
import { measureServiceRss, RssResult } from './rss';
import { answerValues, buildShapes, compareAnswers, Shape } from './shapes';

const QUICK = process.env.BENCH_QUICK === '1';
/** Relationships of the generated graph the shapes are compared on (the seeds add about 40). */
const SCALE = sizeSetting('BENCH_SCALE', QUICK ? '3000' : '10000')[0];
/** Sizes of the sweep, ascending; the graph only grows, so each is at least SCALE. */
const SWEEP = sizeSetting('BENCH_SWEEP', QUICK ? '3000,10000' : '10000,100000,1000000');
const SIDES = ['ours', 'library', 'floor', 'httpFloor'] as const;
type SideName = (typeof SIDES)[number];
const CONCURRENCIES = [1, 8];
/**
 * Each shape and concurrency gets up to ROUNDS rounds; in a round every side sends the same number of
 * requests, the side going first moving on by one each round. A round is sized from the warm-up latency of
 * the slowest side to last about ROUND_TARGET_MS for it (between MIN_ and MAX_REQUESTS_PER_ROUND requests),
 * and no new round starts after CELL_BUDGET_MS once MIN_ROUNDS are done, so a slow shape cannot stretch the run.
 */
const ROUNDS = QUICK ? 2 : 4;
const MIN_ROUNDS = 2;
const ROUND_TARGET_MS = QUICK ? 300 : 1000;
const MIN_REQUESTS_PER_ROUND: Record<number, number> = QUICK ? { 1: 2, 8: 8 } : { 1: 5, 8: 8 };
const MAX_REQUESTS_PER_ROUND: Record<number, number> = QUICK ? { 1: 5, 8: 16 } : { 1: 25, 8: 80 };
const CELL_BUDGET_MS = QUICK ? 3_000 : 12_000;
/** Warm-up per shape and side, at concurrency 1: this many requests, or fewer when WARMUP_BUDGET_MS runs out. */
const WARMUP_REQUESTS = QUICK ? 5 : 20;
const WARMUP_BUDGET_MS = QUICK ? 1_000 : 3_000;
/** The sweep: per size and shape, this many warm-up requests, then SWEEP_REQUESTS timed ones, one at a time. */
const SWEEP_WARMUP = QUICK ? 3 : 10;
const SWEEP_REQUESTS = QUICK ? 10 : 40;
const RSS_CLIENTS = 32;
const RSS_SECONDS = QUICK ? 5 : 20;
const RESULTS_FILE = join(__dirname, 'results', 'latest.json');
const TABLES_FILE = join(__dirname, 'results', 'latest.md');

type Measured = Record<SideName, Summary>;

interface ShapeRow extends Measured {
  shape: string;
  concurrency: number;
  rounds: number;
  requestsPerRound: number;
  /** Throughput ratios: above 1, ours serves more requests per second. */
  oursToLibrary: number;
  oursToHttpFloor: number;
  oursToFloor: number;
}

interface Check {
  shape: string;
  /** Each side's answer against ours, compared as `values` key=value lines (see answerValues). */
  answers: Record<Exclude<SideName, 'ours'>, string>;
  values: number;
  ours: { statements: number; statementNames: string[]; cypherChars: number; cypher: string[] };
  library: { statements: number; cypherChars: number; cypher: string[] };
}

interface SweepRow {
  shape: string;
  relationships: number;
  /** Ours. */
  p50: number;
  p95: number;
  requests: number;
  errors: number;
  /** The same shape on the library and the in-process floor, for comparison. */
  library: Summary;
  floor: Summary;
}

const cleanups: (() => Promise<unknown>)[] = [];

async function cleanUp(): Promise<void> {
  // Last started, first stopped; each step runs even when an earlier one fails.
  while (cleanups.length > 0) {
    const step = cleanups.pop()!;
    await step().catch((error) => console.error(`clean-up step failed: ${(error as Error).message}`));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'scn-graph-local';
  const database = process.env.NEO4J_DATABASE;
  if (SWEEP.some((size) => size < SCALE)) throw new Error(`BENCH_SWEEP sizes must be at least BENCH_SCALE (${SCALE}): the graph only grows`);

  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const dataDir = mkdtempSync(join(os.tmpdir(), 'scn-graph-bench-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    log('starting embedded Neo4j (throw-away data directory, free port)');
    const { startEmbeddedNeo4j } = await import('../src/embedded/embeddedNeo4j');
    const embedded = await startEmbeddedNeo4j({ dataDir, port: 0, password, heap: '1g', pageCache: '256m' });
    cleanups.push(() => embedded.stop());
    uri = embedded.uri;
  }

  const db = new Database({ uri, user, password, database });
  cleanups.push(() => db.close());
  await db.driver.verifyConnectivity({ database });
  const [{ total }] = await db.read('entity-count');
  if (Number(total) > 0) {
    throw new Error(`the database at ${uri} already holds data; the bench only runs against an empty one (it deletes what it creates)`);
  }
  if (process.env.NEO4J_URI) {
    cleanups.push(() => db.autoCommit('MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS'));
  }
  const server = await db.serverInfo();
  log(`Neo4j ${server.version} ${server.edition} at ${uri}`);

  await applySchema(db);
  await importSeeds(db, readSeeds(SEEDS_DIR));
  const loaded = new Map<string, { entities: number; relationships: number }>();
  const loads: { relationships: number; seconds: number }[] = [];
  const grow = async (size: number) => {
    const start = performance.now();
    const generated = generateGraph(size, DEFAULT_SEED);
    await loadGenerated(db, generated.files, loaded, (done, files) => {
      if (done % 20 === 0) log(`loading ${size} relationships: ${done} of ${files} files`);
    });
    loads.push({ relationships: size, seconds: round((performance.now() - start) / 1000, 1) });
    const graph = await countGraph(db);
    log(`graph of ${size} generated relationships ready in ${loads.at(-1)!.seconds}s: ${graph.entities} entities, ${graph.relationships} relationships`);
    return { generated, graph };
  };
  const { generated, graph } = await grow(SCALE);

  // The bench is one client asking as fast as it can: the anonymous rate limit (made for the public) must not answer for it.
  const unlimited = { keyRequestsPerMinute: 1_000_000, anonymousRequestsPerMinute: 1_000_000, writesPerMinute: 1_000_000, badKeysPerMinute: 1_000_000 };
  const service: Service = await startService({ db, logger: pino({ level: 'silent' }), rateLimits: unlimited }, 0, '127.0.0.1');
  cleanups.push(() => service.stop());
  const libraryDriver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  cleanups.push(() => libraryDriver.close());
  const library: Neo4jGraphqlServer = await startNeo4jGraphqlServer(libraryDriver, 0, database);
  cleanups.push(() => library.stop());
  const floorNeo4j = floorDriver(uri, user, password);
  cleanups.push(() => floorNeo4j.close());

  const shapeParams = {
    workshopId: 'workshop:western-balkans-durres-2017',
    countryId: 'country:gen-7',
    neighborhoodId: 'country:gen-7',
    pathFromId: 'city:gen-1',
    pathToId: 'city:gen-2',
    // A generated city's made-up name: it finds that city, its workshops and its namesakes.
    searchText: generated.files[1].data.entities.find((e) => e.id === 'city:gen-3')!.name,
  };
  const shapes = buildShapes(shapeParams);
  const httpFloor = await startHttpFloor(floorNeo4j, database, new Map(shapes.map((s) => [s.name, s.floor.statement])));
  cleanups.push(() => httpFloor.stop());
  const oursUrl = service.url.replace('//localhost:', '//127.0.0.1:');
  const send: Record<SideName, (shape: Shape) => Promise<unknown>> = {
    ours: (shape) => post(oursUrl, shape.ours),
    library: (shape) => post(library.url, shape.library),
    floor: (shape) => runFloor(floorNeo4j, database, shape.floor),
    httpFloor: (shape) => post(httpFloor.url, { shape: shape.name, params: shape.floor.params }),
  };
  log(`ours at ${oursUrl}, the library at ${library.url}, the HTTP floor at ${httpFloor.url}`);

  log(`warming up: up to ${WARMUP_REQUESTS} requests per shape and side`);
  const warmupMs = new Map<Shape, number>();
  for (const shape of shapes) {
    let slowest = 0;
    for (const side of SIDES) {
      const sample = emptySample();
      await runRound(() => send[side](shape), WARMUP_REQUESTS, 1, sample, performance.now() + WARMUP_BUDGET_MS);
      if (sample.errors > 0) throw new Error(`${shape.name} fails on ${side}: ${sample.firstError}`);
      slowest = Math.max(slowest, summarize(sample).p50);
    }
    warmupMs.set(shape, slowest);
  }

  const checks: Check[] = [];
  const rows: ShapeRow[] = [];
  for (const shape of shapes) {
    const check = await checkShape(shape, send, db, library);
    for (const [side, verdict] of Object.entries(check.answers)) if (verdict !== 'same') log(`WARNING ${shape.name}: ${side} ${verdict}`);
    checks.push(check);
    for (const concurrency of CONCURRENCIES) {
      const fitting = Math.floor((ROUND_TARGET_MS * concurrency) / warmupMs.get(shape)!);
      const perRound = Math.max(MIN_REQUESTS_PER_ROUND[concurrency], Math.min(MAX_REQUESTS_PER_ROUND[concurrency], fitting));
      const samples = Object.fromEntries(SIDES.map((side) => [side, emptySample()])) as Record<SideName, Sample>;
      const cellStart = performance.now();
      let rounds = 0;
      while (rounds < ROUNDS && (rounds < MIN_ROUNDS || performance.now() - cellStart < CELL_BUDGET_MS)) {
        // Round r starts with side r (mod 4), so that each side goes first as often as the others.
        for (let i = 0; i < SIDES.length; i++) {
          const side = SIDES[(rounds + i) % SIDES.length];
          await runRound(() => send[side](shape), perRound, concurrency, samples[side]);
        }
        rounds += 1;
      }
      const measured = Object.fromEntries(SIDES.map((side) => [side, summarize(samples[side])])) as Measured;
      const ratio = (side: SideName) => round(measured.ours.rps / measured[side].rps);
      rows.push({
        shape: shape.name,
        concurrency,
        rounds,
        requestsPerRound: perRound,
        ...measured,
        oursToLibrary: ratio('library'),
        oursToHttpFloor: ratio('httpFloor'),
        oursToFloor: ratio('floor'),
      });
      log(`${shape.name}, concurrency ${concurrency}: ${rounds} rounds of ${perRound}; req/s ${SIDES.map((s) => `${s} ${measured[s].rps}`).join(', ')}`);
    }
  }

  const neo4jSettings = { uri, user, password, database };
  const rssRequests = shapes.map((s) => s.ours);
  log(`RSS: our service in a child process, ${RSS_CLIENTS} clients for ${RSS_SECONDS}s`);
  const rss: (RssResult & { relationships: number })[] = [];
  rss.push({ relationships: graph.relationships, ...(await measureServiceRss(neo4jSettings, rssRequests, RSS_CLIENTS, RSS_SECONDS)) });
  log(`RSS at ${graph.relationships} relationships: peak ${rss[0].peakRssMb} MB (idle ${rss[0].idleRssMb} MB), ${rss[0].load.rps} req/s, ${rss[0].load.errors} errors`);

  const sweep: SweepRow[] = [];
  let sweepGraph = graph;
  for (const size of SWEEP) {
    if (size > SCALE) sweepGraph = (await grow(size)).graph;
    for (const shape of shapes.filter((s) => s.sweep)) {
      const timed = async (side: SideName) => {
        await runRound(() => send[side](shape), SWEEP_WARMUP, 1, emptySample());
        const sample = emptySample();
        await runRound(() => send[side](shape), SWEEP_REQUESTS, 1, sample);
        return summarize(sample);
      };
      const s = await timed('ours');
      const [libraryTimes, floorTimes] = [await timed('library'), await timed('floor')];
      sweep.push({ shape: shape.name, relationships: sweepGraph.relationships, p50: s.p50, p95: s.p95, requests: s.requests, errors: s.errors, library: libraryTimes, floor: floorTimes });
      log(`sweep ${sweepGraph.relationships} relationships, ${shape.name}: p50 ours ${s.p50} ms, library ${libraryTimes.p50} ms, floor ${floorTimes.p50} ms`);
    }
  }
  if (SWEEP.at(-1)! > SCALE) {
    rss.push({ relationships: sweepGraph.relationships, ...(await measureServiceRss(neo4jSettings, rssRequests, RSS_CLIENTS, RSS_SECONDS)) });
    log(`RSS at ${sweepGraph.relationships} relationships: peak ${rss[1].peakRssMb} MB (idle ${rss[1].idleRssMb} MB)`);
  }

  const elapsedSeconds = round((performance.now() - started) / 1000, 0);
  const report = {
    date: new Date().toISOString(),
    elapsedSeconds,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: round(os.totalmem() / 2 ** 30, 0),
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the machine adds noise to every side alike (the rounds rotate), but it does add noise.
      loadAverage1m: { start: round(loadAtStart), end: round(os.loadavg()[0]) },
    },
    scale: { generatedRelationships: SCALE, seed: DEFAULT_SEED, ...graph },
    shapes: rows,
    sweep,
    peakRssMb: Math.max(...rss.map((r) => r.peakRssMb)),
    rss,
    loads,
    checks,
    versions: {
      node: process.version,
      neo4j: `${server.version} ${server.edition}`,
      '@neo4j/graphql': packageVersion('@neo4j/graphql'),
      '@apollo/server': packageVersion('@apollo/server'),
      graphql: packageVersion('graphql'),
      'neo4j-driver': packageVersion('neo4j-driver'),
      'type-graphql': packageVersion('type-graphql'),
    },
    settings: {
      quick: QUICK,
      // `npm run bench` sets production, as `npm run serve` does: graphql-js then skips its development-mode checks (both servers share the process).
      nodeEnv: process.env.NODE_ENV ?? null,
      sweepSizes: SWEEP,
      concurrencies: CONCURRENCIES,
      maxRounds: ROUNDS,
      minRounds: MIN_ROUNDS,
      roundTargetMs: ROUND_TARGET_MS,
      minRequestsPerRound: MIN_REQUESTS_PER_ROUND,
      maxRequestsPerRound: MAX_REQUESTS_PER_ROUND,
      cellBudgetMs: CELL_BUDGET_MS,
      warmupRequests: WARMUP_REQUESTS,
      sweepRequests: SWEEP_REQUESTS,
      rssClients: RSS_CLIENTS,
      rssSeconds: RSS_SECONDS,
      shapeParams,
    },
  };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(TABLES_FILE, `${markdownTables(report)}\n`);
  printTables(rows, checks, sweep, rss);
  log(`done in ${elapsedSeconds}s; wrote ${RESULTS_FILE} and ${TABLES_FILE} (the README's tables)`);
}

/** Runs the shape once on every side: compares each answer with ours and records the Cypher ours and the library sent. */
async function checkShape(shape: Shape, send: Record<SideName, (shape: Shape) => Promise<unknown>>, db: Database, library: Neo4jGraphqlServer): Promise<Check> {
  const statementNames: string[] = [];
  const statementTexts: string[] = [];
  const offOurs = db.onQuery((name, _params, text) => {
    statementNames.push(name);
    statementTexts.push(text ?? cypherFile(name));
  });
  const ours = answerValues(await send.ours(shape).finally(offOurs));
  const cypher: string[] = [];
  const offLibrary = library.onCypher((text) => cypher.push(text));
  const libraryAnswer = answerValues(await send.library(shape).finally(offLibrary));
  return {
    shape: shape.name,
    values: ours.length,
    answers: {
      library: compareAnswers(ours, libraryAnswer),
      floor: compareAnswers(ours, answerValues(await send.floor(shape))),
      httpFloor: compareAnswers(ours, answerValues(await send.httpFloor(shape))),
    },
    ours: { statements: statementNames.length, statementNames, cypherChars: sum(statementTexts.map((text) => text.length)), cypher: statementTexts },
    library: { statements: cypher.length, cypherChars: sum(cypher.map((text) => text.length)), cypher },
  };
}

async function countGraph(db: Database): Promise<{ entities: number; relationships: number }> {
  const [{ entities }] = await db.autoCommit('MATCH (n:Entity) RETURN count(n) AS entities');
  const [{ relationships }] = await db.autoCommit('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships');
  return { entities: Number(entities), relationships: Number(relationships) };
}

function printTables(rows: ShapeRow[], checks: Check[], sweep: SweepRow[], rss: RssResult[]): void {
  console.log('\nThroughput (req/s) per side; ratios are ours ÷ library and ours ÷ HTTP floor: above 1 favours ours.');
  console.table(
    rows.map((r) => ({
      shape: r.shape,
      conc: r.concurrency,
      'rounds×n': `${r.rounds}×${r.requestsPerRound}`,
      ours: r.ours.rps,
      library: r.library.rps,
      floor: r.floor.rps,
      httpFloor: r.httpFloor.rps,
      'ours p50/p95 ms': `${r.ours.p50} / ${r.ours.p95}`,
      'library p50/p95 ms': `${r.library.p50} / ${r.library.p95}`,
      '÷ library': r.oursToLibrary,
      '÷ httpFloor': r.oursToHttpFloor,
      errors: SIDES.reduce((n, side) => n + r[side].errors, 0),
    })),
  );
  console.log('Answers against ours, and the Cypher per request:');
  console.table(
    checks.map((c) => ({
      shape: c.shape,
      ...c.answers,
      values: c.values,
      'ours statements': c.ours.statements,
      'library statements': c.library.statements,
      'library chars': c.library.cypherChars,
    })),
  );
  console.log('Size sweep (one request at a time):');
  console.table(
    sweep.map((s) => ({
      shape: s.shape,
      relationships: s.relationships,
      'ours p50/p95 ms': `${s.p50} / ${s.p95}`,
      'library p50 ms': s.library.p50,
      'floor p50 ms': s.floor.p50,
      errors: s.errors + s.library.errors + s.floor.errors,
    })),
  );
  console.log('Our service in a child process under 32 clients:');
  console.table(rss.map((r) => ({ ...r, load: `${r.load.rps} req/s, p50 ${r.load.p50} ms, ${r.load.errors} errors` })));
}

/** A comma-separated list of sizes from the environment (`1e6`, `100000`), ascending. */
function sizeSetting(name: string, fallback: string): number[] {
  const text = process.env[name] || fallback;
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name}=${text}: expected sizes such as 10000,100000`);
  return sizes.sort((a, b) => a - b);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The installed version of a package (read from its package.json, which its exports may not expose). */
function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? 'unknown';
    } catch {
      // no package.json here: look one folder up
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: stopping the servers and Neo4j`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .then(cleanUp)
  .catch(async (error) => {
    if (!stopping) console.error(error);
    await cleanUp();
    process.exitCode = 1;
  });
