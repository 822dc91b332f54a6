/**
 * `npm run bench`: our service against the Neo4j GraphQL Library on the same Neo4j, side by side.
 * Starts a throw-away embedded Neo4j (or uses NEO4J_URI, if its database is empty), loads the seeds and a
 * generated graph, serves both APIs on 127.0.0.1, checks they give the same answers, then times each query
 * shape on both in alternating rounds. Prints a table and writes bench/results/latest.json.
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
import { emptySample, post, round, runRound, Sample, summarize, Summary } from './measure';
import { Neo4jGraphqlServer, startNeo4jGraphqlServer } from './neo4jGraphqlServer';
import { buildShapes, compareAnswers, Shape } from './shapes';

const QUICK = process.env.BENCH_QUICK === '1';
/** The generated graph (test/cypher/generate-graph.cypher): two workshops per city, three themes per workshop. */
const GRAPH = { regions: 10, countries: 100, cities: 2000, themes: 30 };
const CONCURRENCIES = [1, 8];
/**
 * Each shape and concurrency gets up to ROUNDS rounds; in a round both sides send the same number of
 * requests, taking turns to go first. A round is sized from the warm-up latency of the slower side to last
 * about ROUND_TARGET_MS for it (between MIN_ and MAX_REQUESTS_PER_ROUND requests), and no new
 * round starts after CELL_BUDGET_MS once MIN_ROUNDS are done, so a very slow shape cannot stretch the run.
 */
const ROUNDS = QUICK ? 2 : 6;
const MIN_ROUNDS = 2;
const ROUND_TARGET_MS = QUICK ? 300 : 2000;
const MIN_REQUESTS_PER_ROUND: Record<number, number> = QUICK ? { 1: 2, 8: 8 } : { 1: 5, 8: 8 };
const MAX_REQUESTS_PER_ROUND: Record<number, number> = QUICK ? { 1: 5, 8: 16 } : { 1: 25, 8: 80 };
const CELL_BUDGET_MS = QUICK ? 3_000 : 20_000;
/** Warm-up per shape and side, at concurrency 1: this many requests, or fewer when WARMUP_BUDGET_MS runs out. */
const WARMUP_REQUESTS = QUICK ? 5 : 30;
const WARMUP_BUDGET_MS = QUICK ? 1_000 : 3_000;
const SHAPE_PARAMS = { workshopId: 'workshop:western-balkans-durres-2017', countryId: 'country:gen-7' };
const RESULTS_FILE = join(__dirname, 'results', 'latest.json');

interface Side {
  name: 'ours' | 'theirs';
  url: string;
}

interface ShapeResult {
  shape: string;
  answers: string;
  /** Characters sent: our named files as they are, comment lines included (also counted without them). */
  ours: { statements: number; cypherChars: number; cypherCharsWithoutComments: number; statementNames: string[] };
  theirs: { statements: number; cypherChars: number; cypher: string[] };
  byConcurrency: {
    concurrency: number;
    rounds: number;
    requestsPerRound: number;
    ours: Summary;
    theirs: Summary;
    /** theirs ÷ ours: above 1 means ours answers faster. */
    medianLatencyRatio: number;
    p95LatencyRatio: number;
    /** ours ÷ theirs: above 1 means ours serves more requests per second. */
    throughputRatio: number;
  }[];
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
  const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? 'scn-graph-local';
  const database = process.env.NEO4J_DATABASE;

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
  const generateStart = performance.now();
  await db.autoCommit(readFileSync(join(__dirname, '..', 'test', 'cypher', 'generate-graph.cypher'), 'utf8'), GRAPH);
  const graph = await countGraph(db);
  log(`graph ready in ${((performance.now() - generateStart) / 1000).toFixed(1)}s: ${JSON.stringify(graph)}`);

  const service: Service = await startService({ db, logger: pino({ level: 'silent' }) }, 0, '127.0.0.1');
  cleanups.push(() => service.stop());
  const theirDriver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  cleanups.push(() => theirDriver.close());
  const library: Neo4jGraphqlServer = await startNeo4jGraphqlServer(theirDriver, 0, database);
  cleanups.push(() => library.stop());
  const ours: Side = { name: 'ours', url: service.url.replace('//localhost:', '//127.0.0.1:') };
  const theirs: Side = { name: 'theirs', url: library.url };
  log(`ours at ${ours.url}, the Neo4j GraphQL Library at ${theirs.url}`);

  const shapes = buildShapes(SHAPE_PARAMS);
  log(`warming up: up to ${WARMUP_REQUESTS} requests per shape and side`);
  const warmupMedianMs = new Map<Shape, number>();
  for (const shape of shapes) {
    let slower = 0;
    for (const side of [ours, theirs]) {
      const sample = emptySample();
      await runRound(side.url, request(shape, side), WARMUP_REQUESTS, 1, sample, performance.now() + WARMUP_BUDGET_MS);
      if (sample.errors > 0) throw new Error(`${shape.name} fails on ${side.name}: ${sample.firstError}`);
      slower = Math.max(slower, summarize(sample).medianMs);
    }
    warmupMedianMs.set(shape, slower);
  }

  const results: ShapeResult[] = [];
  for (const shape of shapes) {
    const check = await checkShape(shape, ours, theirs, db, library);
    if (check.answers !== 'same') log(`WARNING ${shape.name}: answers ${check.answers}`);
    const byConcurrency: ShapeResult['byConcurrency'] = [];
    for (const concurrency of CONCURRENCIES) {
      const fitting = Math.floor((ROUND_TARGET_MS * concurrency) / warmupMedianMs.get(shape)!);
      const perRound = Math.max(MIN_REQUESTS_PER_ROUND[concurrency], Math.min(MAX_REQUESTS_PER_ROUND[concurrency], fitting));
      const samples: Record<Side['name'], Sample> = { ours: emptySample(), theirs: emptySample() };
      const cellStart = performance.now();
      let rounds = 0;
      while (rounds < ROUNDS && (rounds < MIN_ROUNDS || performance.now() - cellStart < CELL_BUDGET_MS)) {
        const order = rounds % 2 === 0 ? [ours, theirs] : [theirs, ours];
        for (const side of order) await runRound(side.url, request(shape, side), perRound, concurrency, samples[side.name]);
        rounds += 1;
      }
      const o = summarize(samples.ours);
      const t = summarize(samples.theirs);
      byConcurrency.push({
        concurrency,
        rounds,
        requestsPerRound: perRound,
        ours: o,
        theirs: t,
        medianLatencyRatio: round(t.medianMs / o.medianMs),
        p95LatencyRatio: round(t.p95Ms / o.p95Ms),
        throughputRatio: round(o.requestsPerSecond / t.requestsPerSecond),
      });
      log(`${shape.name}, concurrency ${concurrency}: ${rounds} rounds of ${perRound}; median ours ${o.medianMs} ms, theirs ${t.medianMs} ms`);
    }
    results.push({ shape: shape.name, ...check, byConcurrency });
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
      // Other work on the machine adds noise to both sides alike (the rounds alternate), but it does add noise.
      loadAverage1m: { start: round(loadAtStart), end: round(os.loadavg()[0]) },
    },
    versions: {
      node: process.version,
      neo4j: `${server.version} ${server.edition}`,
      '@neo4j/graphql': packageVersion('@neo4j/graphql'),
      '@apollo/server': packageVersion('@apollo/server'),
      graphql: packageVersion('graphql'),
      'neo4j-driver': packageVersion('neo4j-driver'),
      'type-graphql': packageVersion('type-graphql'),
    },
    graph,
    settings: {
      concurrencies: CONCURRENCIES,
      maxRounds: ROUNDS,
      minRounds: MIN_ROUNDS,
      roundTargetMs: ROUND_TARGET_MS,
      minRequestsPerRound: MIN_REQUESTS_PER_ROUND,
      maxRequestsPerRound: MAX_REQUESTS_PER_ROUND,
      cellBudgetMs: CELL_BUDGET_MS,
      warmupRequests: WARMUP_REQUESTS,
      shapeParams: SHAPE_PARAMS,
    },
    results,
  };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  printTables(results);
  log(`done in ${elapsedSeconds}s; wrote ${RESULTS_FILE}`);
}

function request(shape: Shape, side: Side) {
  return side.name === 'ours' ? shape.ours : shape.theirs;
}

/** Runs the shape once on each side: compares the answers and records the Cypher each side sent. */
async function checkShape(shape: Shape, ours: Side, theirs: Side, db: Database, library: Neo4jGraphqlServer) {
  const statementNames: string[] = [];
  const offOurs = db.onQuery((name) => statementNames.push(name));
  const ourAnswer = await post(ours.url, shape.ours).finally(offOurs);
  const cypher: string[] = [];
  const offTheirs = library.onCypher((text) => cypher.push(text));
  const theirAnswer = await post(theirs.url, shape.theirs).finally(offTheirs);
  return {
    answers: compareAnswers(shape.answer(ourAnswer), shape.answer(theirAnswer)),
    ours: {
      statements: statementNames.length,
      cypherChars: sum(statementNames.map((name) => cypherFile(name).length)),
      cypherCharsWithoutComments: sum(statementNames.map((name) => withoutComments(cypherFile(name)).length)),
      statementNames,
    },
    theirs: { statements: cypher.length, cypherChars: sum(cypher.map((text) => text.length)), cypher },
  };
}

async function countGraph(db: Database): Promise<Record<string, number>> {
  const rows = await db.autoCommit('MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n ORDER BY kind');
  const [{ rels }] = await db.autoCommit('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels');
  return { ...Object.fromEntries(rows.map((row) => [String(row.kind), Number(row.n)])), relationships: Number(rels) };
}

function printTables(results: ShapeResult[]): void {
  const rows = results.flatMap((r) =>
    r.byConcurrency.map((c) => ({
      shape: r.shape,
      conc: c.concurrency,
      'rounds×n': `${c.rounds}×${c.requestsPerRound}`,
      'ours med/p95 ms': `${c.ours.medianMs} / ${c.ours.p95Ms}`,
      'theirs med/p95 ms': `${c.theirs.medianMs} / ${c.theirs.p95Ms}`,
      'ours req/s': c.ours.requestsPerSecond,
      'theirs req/s': c.theirs.requestsPerSecond,
      'median ×': c.medianLatencyRatio,
      'p95 ×': c.p95LatencyRatio,
      'req/s ×': c.throughputRatio,
      errors: c.ours.errors + c.theirs.errors,
    })),
  );
  console.log('\nLatency ratios are theirs ÷ ours, throughput ratio ours ÷ theirs: above 1 favours ours.');
  console.table(rows);
  console.log('Cypher per request (statements, characters sent) and answer check:');
  console.table(
    results.map((r) => ({
      shape: r.shape,
      'ours statements': r.ours.statements,
      'ours chars (w/o comments)': `${r.ours.cypherChars} (${r.ours.cypherCharsWithoutComments})`,
      'theirs statements': r.theirs.statements,
      'theirs chars': r.theirs.cypherChars,
      answers: r.answers,
    })),
  );
}

function withoutComments(cypher: string): string {
  return cypher
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
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
