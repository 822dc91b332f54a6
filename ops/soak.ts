/**
 * `npm run soak [-- --short]`: sustained mixed load on a large generated network, memory watched.
 *
 * Builds the service and runs it compiled, in production mode (as `npm run serve`), in a child process with its
 * own embedded Neo4j (ops/harness/childService.ts); loads a generated network into that Neo4j through the bench's
 * loader; then readers, exporters and curators (ops/soakMix.ts) keep it busy: a warm-up, the load, a pause.
 * RSS of the service is read every second. At the end the writes are checked against the database. Prints a table
 * and, last, one JSON line; exits 1 when an invariant broke (see INVARIANTS below), 2 when the run itself failed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateGraph } from '../bench/generateGraph';
import { loadGenerated } from '../bench/loadGraph';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../src/database/database';
import { EXPORT_LIMIT_DEFAULTS } from '../src/export/runningExports';
import { buildService, ChildService, startChildService } from './harness/childService';
import { download } from './harness/download';
import { Answer, postGraphql, runClients, tally } from './harness/load';
import { createOpsKey, openServiceDatabase } from './harness/opsKey';
import { curatorWrite, EXPORT_FORMATS, exportRequest, networkOf, picker, readRequest, soakSource, Write } from './soakMix';
import { checkFlat, FLAT_RULES, FlatRule, printReport, RssSample, SoakResult } from './soakReport';

interface Settings {
  relationships: number;
  readers: number;
  curators: number;
  exporters: number;
  warmupSeconds: number;
  loadSeconds: number;
  pauseSeconds: number;
  flat: FlatRule;
}

const FULL: Settings = { relationships: 100_000, readers: 41, curators: 6, exporters: 3, warmupSeconds: 30, loadSeconds: 300, pauseSeconds: 15, flat: FLAT_RULES.full };
const SHORT: Settings = { relationships: 15_000, readers: 9, curators: 2, exporters: 2, warmupSeconds: 6, loadSeconds: 20, pauseSeconds: 3, flat: FLAT_RULES.short };

/** An answer slower than the request deadline plus this (or no answer by then) is a hang. */
const HANG_MARGIN_MS = 5_000;
const HANG_MS = DEFAULT_REQUEST_TIMEOUT_MS + HANG_MARGIN_MS;
/** Idle time of each client between two requests (dashboards and curators are not a tight loop). */
const THINK_MS = 50;
const WRITTEN = readFileSync(join(__dirname, 'cypher', 'soak-written.cypher'), 'utf8');

async function main(): Promise<number> {
  const short = process.argv.includes('--short');
  const settings = short ? SHORT : FULL;
  const run = Date.now().toString(36);
  const began = Date.now();
  const log = (message: string) => console.log(`[soak ${((Date.now() - began) / 1000).toFixed(1)} s] ${message}`);

  // The full run measures the compiled service, as production runs it; the short one (a gross-leak check, run by
  // jest) starts it through ts-node like `npm start`, sparing CI a second build.
  log(`${short ? 'short' : 'full'} run ${run}: ${short ? 'starting the service (ts-node)' : 'building the service'}`);
  if (!short) buildService();
  const service = await startChildService({
    compiled: !short,
    env: {
      // Fifty clients from one address and a few keys: the rate limits would answer instead of the service.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      RATE_LIMIT_KEY_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    },
  });
  // The service is in a process group of its own: stopping the soak must stop it (and its JVM) too.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the service`);
      void service.stop(10_000).finally(() => process.exit(2));
    });
  }
  const db = openServiceDatabase(service);
  try {
    log(`service up (pid ${service.pid}); generating and loading ${settings.relationships} relationships`);
    const graph = generateGraph(settings.relationships);
    const loadStarted = Date.now();
    await loadGenerated(db, graph.files, new Map());
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    log(`loaded ${graph.relationships} relationships, ${graph.entities} entities in ${loadSeconds.toFixed(1)} s`);
    const key = await createOpsKey(db, 'editor', `soak ${run}`);
    const source = await postGraphql(service.base, 'write: source', { query: 'mutation ($input: CreateSourceInput!) { createSource(input: $input) { changeId } }', variables: { input: soakSource(run) } }, {
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': `soak-${run}-source` },
      timeoutMs: HANG_MS,
    });
    if (source.codes.length > 0) throw new Error(`createSource failed: ${source.status} ${source.codes.join(', ')}`);

    const result = await soak(service, settings, { run, key, net: networkOf(graph), log });
    const written = await db.autoCommit(WRITTEN, { prefix: `soak ${run} ` });
    const report: SoakResult = {
      mode: short ? 'short' : 'full',
      graph: { relationships: graph.relationships, entities: graph.entities, loadSeconds },
      ...result,
      writes: checkWrites(result.writeLog, written.map((row) => `${row.subject}|${row.statement}`)),
      serviceErrors: loggedErrors(service.lines),
      seconds: Math.round((Date.now() - began) / 100) / 10,
    };
    return printReport(report, settings, { hangMs: HANG_MS, maxExportsAtOnce: EXPORT_LIMIT_DEFAULTS.maxConcurrent });
  } finally {
    await db.close();
    await service.stop();
  }
}

async function soak(service: ChildService, settings: Settings, context: { run: string; key: string; net: ReturnType<typeof networkOf>; log: (m: string) => void }) {
  const { run, key, net, log } = context;
  const answers: Answer[] = [];
  const writeLog: Write[] = [];
  const samples: RssSample[] = [];
  let phase: RssSample['phase'] = 'warm-up';
  const sampler = setInterval(() => {
    const rss = service.rss();
    if (rss) samples.push({ phase, at: Date.now(), rssMb: rss.rssMb });
  }, 1_000);
  let stopAt = 0;
  let loadStarted = 0;
  const record = (answer: Answer) => {
    if (phase === 'load') answers.push(answer);
    else warmupAnswers.push(answer);
  };
  const warmupAnswers: Answer[] = [];
  const clients = settings.readers + settings.curators + settings.exporters;
  const running = () => Date.now() < stopAt;
  // Turns count on across the warm-up and the load: a write's id and statement are its client's and turn's.
  const turns = new Array<number>(clients).fill(0);
  const work = async (client: number) => {
    const turn = turns[client]++;
    const { pick, below } = picker(Number.parseInt(run, 36) ^ (client * 7919 + turn * 104729));
    if (client < settings.readers) {
      const { shape, request } = readRequest(net, pick, below);
      record(await postGraphql(service.base, shape, request, { timeoutMs: HANG_MS }));
    } else if (client < settings.readers + settings.curators) {
      writeLog.push(await curatorWrite(service.base, net, { key, run, client, turn, timeoutMs: HANG_MS, below, record }));
    } else {
      const { shape, path, abortAfterBytes } = exportRequest(net, turn, below);
      record(await download(service.base, shape, path, { gapLimitMs: HANG_MS, abortAfterBytes }));
    }
    await sleep(below(2 * THINK_MS));
  };
  try {
    // Warm means having done every kind of work once: a whole-graph export of each format first (the largest
    // buffers the service ever holds), then the mix.
    log('warm-up: a whole-graph export of each format');
    for (const format of EXPORT_FORMATS) record(await download(service.base, 'export: whole graph', `/export?format=${format}`, { gapLimitMs: HANG_MS }));
    log(`warm-up: ${clients} clients for ${settings.warmupSeconds} s`);
    stopAt = Date.now() + settings.warmupSeconds * 1000;
    await runClients(clients, running, work);
    phase = 'load';
    loadStarted = Date.now();
    stopAt = loadStarted + settings.loadSeconds * 1000;
    log(`load: ${settings.readers} readers, ${settings.curators} curators, ${settings.exporters} exporters for ${settings.loadSeconds} s`);
    await runClients(clients, running, work);
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    phase = 'pause';
    log(`pause: ${settings.pauseSeconds} s without requests`);
    await sleep(settings.pauseSeconds * 1000);
    const end = service.rss();
    const rss = checkFlat(samples, end?.rssMb ?? NaN, end?.peakMb ?? NaN, settings.flat);
    const shapes = [...new Set(answers.map((a) => a.shape))].sort();
    return {
      clients: { readers: settings.readers, curators: settings.curators, exporters: settings.exporters, thinkMs: THINK_MS },
      loadSeconds,
      warmup: tally(warmupAnswers),
      overall: tally(answers),
      byShape: Object.fromEntries(shapes.map((shape) => [shape, tally(answers.filter((a) => a.shape === shape))])),
      all: [...warmupAnswers, ...answers],
      rss,
      writeLog,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Every write reported done is in the database; none reported failed is, nor any write never sent. */
function checkWrites(writes: Write[], present: string[]) {
  const stored = new Set(present);
  const sent = new Map(writes.map((w) => [`${w.subject}|${w.statement}`, w]));
  const lost = writes.filter((w) => w.outcome === 'done' && !stored.has(`${w.subject}|${w.statement}`));
  const phantom = present.filter((p) => sent.get(p)?.outcome !== 'done' && sent.get(p)?.outcome !== 'unknown');
  const count = (outcome: Write['outcome']) => writes.filter((w) => w.outcome === outcome).length;
  return {
    done: count('done'),
    failed: count('failed'),
    unknown: count('unknown'),
    retried: writes.filter((w) => w.attempts > 1).length,
    inDatabase: present.length,
    lost: lost.length,
    phantom: phantom.length,
    examples: [...lost.map((w) => `lost: ${w.op} ${w.subject} (${w.statement})`), ...phantom.map((p) => `phantom: ${p}`)].slice(0, 5),
  };
}

/** Lines the service logged at level error or fatal (pino: 50, 60): how many, and each distinct message with its count. */
function loggedErrors(lines: string[]): { count: number; messages: Record<string, number> } {
  const errors = lines.filter((line) => /"level":(5|6)0\b/.test(line));
  const messages: Record<string, number> = {};
  for (const line of errors) {
    let message = line.slice(0, 200);
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { message?: string }; req?: { url?: string } };
      message = `${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message.slice(0, 160)}` : ''}${entry.req?.url ? ` (${entry.req.url.slice(0, 40)})` : ''}`;
    } catch {
      // not JSON: the line itself
    }
    messages[message] = (messages[message] ?? 0) + 1;
  }
  return { count: errors.length, messages };
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`soak: the run failed: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(2);
    },
  );
}
