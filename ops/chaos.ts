/**
 * `npm run chaos [-- --short]`: the service as operators run it (its own supervised embedded Neo4j), 16 clients
 * reading and 2 curators writing, while its Neo4j is killed (SIGKILL; the supervisor restarts it) and, in the
 * full run, stalled (SIGSTOP for about a deadline, then SIGCONT). Checks and prints the invariants (no crash, an
 * answer for every request within the deadline and a margin, no 5xx but DATABASE_* / WRITE_OUTCOME_UNKNOWN, no
 * wrong data, no lost or phantom write, recovery after each fault), the figures as a table, and a last line
 * `CHAOS {json}`; exits 1 when an invariant broke.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChildService, Rss, startChildService } from './harness/childService';
import { Answer, getJson, NO_ANSWER, CONNECTION_CLOSED, postGraphql, runClients, tally } from './harness/load';
import { createOpsKey, openServiceDatabase } from './harness/opsKey';
import { READ_SHAPES } from './readShapes';
import { ChaosWrite, checkWrites, createChaosPartner, WriteFindings, writeTurn } from './chaosWriters';

const SHORT = process.argv.includes('--short');
/** `--service-log FILE`: every line the service prints goes to FILE too. */
const SERVICE_LOG = process.argv.includes('--service-log') ? process.argv[process.argv.indexOf('--service-log') + 1] : undefined;
/** The service's request deadline in this run (REQUEST_TIMEOUT_MS). */
const DEADLINE_MS = 5_000;
/** How much later than the deadline an answer may come on this busy 2-core machine before it counts as a hang. */
const MARGIN_MS = 3_000;
const READERS = 16;
const WRITERS = 2;
/** Pause of each client between two requests. */
const THINK_MS = 25;
/** Pause of a client after an error answer (a failed write too), as a dashboard would wait before asking again. */
const ERROR_PAUSE_MS = 500;
/** After Neo4j is back (the supervisor's restart line), every read shape must have answered correctly again within this (a cold Neo4j under 18 clients on 2 cores). */
const RECOVERY_LIMIT_MS = 60_000;
/** How long the supervisor may take to have Neo4j back after a kill. */
const RESTART_LIMIT_MS = 120_000;
/** Load before the first fault and after each recovery. */
const STEADY_MS = SHORT ? 4_000 : 20_000;
const KILLS = SHORT ? 1 : 3;
/** `stats` is left out: it counts the people the writers add. */
const GRAPHQL_SHAPES = Object.fromEntries(Object.entries(READ_SHAPES).filter(([name]) => name !== 'stats'));
const GET_SHAPES: Record<string, string> = { '/health': '/health', '/export': '/export?format=json' };
const SHAPES = [...Object.keys(GRAPHQL_SHAPES), ...Object.keys(GET_SHAPES)];
/** Codes a read may fail with while Neo4j is down or stalled. */
const FAULT_CODES = ['DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT', 'DATABASE_BUSY'];
const CLIENT_TIMEOUT_MS = DEADLINE_MS + MARGIN_MS + 20_000;

interface Fault {
  kind: 'SIGKILL' | 'SIGSTOP';
  at: number;
  /** Kill: the supervisor's restart line; stall: SIGCONT. */
  backAfterMs: number | null;
  /** From `back`: the first correct answer, and every shape correct in a row. */
  firstCorrectAfterMs: number | null;
  allCorrectAfterMs: number | null;
}

interface Verdict {
  name: string;
  ok: boolean;
  detail: string;
}

async function main(): Promise<void> {
  const runId = randomBytes(3).toString('hex');
  const startedAt = Date.now();
  const serviceLog = SERVICE_LOG ? createWriteStream(SERVICE_LOG) : undefined;
  const service = await startChildService({
    onLine: serviceLog && ((line) => serviceLog.write(`${line}\n`)),
    env: {
      REQUEST_TIMEOUT_MS: String(DEADLINE_MS),
      NEO4J_TX_TIMEOUT_MS: String(DEADLINE_MS - 1_000),
      EMBEDDED_NEO4J_HEAP: '512m',
      EMBEDDED_NEO4J_PAGECACHE: '64m',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      RATE_LIMIT_KEY_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      // More restarts than the run's kills, so that the supervisor never gives up because of this run.
      EMBEDDED_NEO4J_MAX_RESTARTS: '20',
      // One export per reader at most: the limit of concurrent exports (429) is not what this run looks at.
      EXPORT_MAX_CONCURRENT: String(READERS),
    },
  });
  log(`service pid ${service.pid} (its own process group, with its Neo4j)`);
  // Stopped from outside (Ctrl-C, a test's clean-up): the service and its Neo4j go too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void service.stop(5_000).finally(() => process.exit(1)));
  let exitCode = 1;
  try {
    exitCode = await run(service, runId, startedAt);
  } finally {
    await service.stop();
  }
  process.exitCode = exitCode;
}

async function run(service: ChildService, runId: string, startedAt: number): Promise<number> {
  let crashed: number | string | null = null;
  void service.exited.then((code) => (crashed = code));
  const db = openServiceDatabase(service);
  const answers: Answer[] = [];
  const writes: ChaosWrite[] = [];
  const rss: Rss[] = [];
  try {
    const key = await createOpsKey(db, 'editor', `chaos ${runId}`);
    const writer = { base: service.base, key, runId, timeoutMs: CLIENT_TIMEOUT_MS, onAnswer: (a: Answer) => answers.push(a), resolveLimitMs: RESTART_LIMIT_MS };
    await createChaosPartner(writer);
    const baseline = await takeBaseline(service.base);
    const correct = (a: Answer) => isCorrect(a, baseline);
    const readyMs = Date.now() - startedAt;
    log(`service ready and baseline taken after ${readyMs} ms (run ${runId}); ${READERS} readers, ${WRITERS} writers, deadline ${DEADLINE_MS} ms + margin ${MARGIN_MS} ms`);

    let running = true;
    const sampler = setInterval(() => {
      const now = service.rss();
      if (now) rss.push(now);
    }, 1_000);
    rss.push(service.rss()!);
    const readers = runClients(READERS, () => running, async (client, turn) => {
      const answer = await ask(service.base, SHAPES[(client + turn) % SHAPES.length]);
      answers.push(answer);
      await sleep(answer.status === 200 ? THINK_MS : ERROR_PAUSE_MS);
    });
    const writers = runClients(WRITERS, () => running, async (client, turn) => {
      const write = await writeTurn(writer, client, turn, writes);
      await sleep(write.outcome === 'done' ? THINK_MS : ERROR_PAUSE_MS);
    });

    const faults: Fault[] = [];
    await sleep(STEADY_MS);
    for (let k = 0; k < KILLS && faults.every((f) => f.backAfterMs !== null); k += 1) {
      faults.push(await kill(service, correct));
      await sleep(STEADY_MS);
    }
    // Only on a Neo4j that came back from every kill (one that did not already fails the run).
    if (!SHORT && faults.every((f) => f.backAfterMs !== null)) {
      faults.push(await stall(service, correct));
      await sleep(STEADY_MS);
    }
    running = false;
    await Promise.all([readers, writers]);
    clearInterval(sampler);
    rss.push(service.rss()!);

    // Everything settled: the graph must now hold exactly the writes reported done.
    const settled = await recover(service.base, Date.now(), correct);
    const findings = await checkWrites(db, writer, writes);
    return report({ service, runId, startedAt, readyMs, answers, writes, faults, findings, rss, settled: settled.allCorrectAfterMs !== null, crashed, correct });
  } finally {
    await db.close();
  }
}

/** Each shape's answer before any fault (retried while a fresh Neo4j plans its statements). */
async function takeBaseline(base: string): Promise<Map<string, unknown>> {
  const baseline = new Map<string, unknown>();
  for (const shape of SHAPES) {
    let answer = await ask(base, shape);
    for (let attempt = 1; attempt < 10 && (answer.status !== 200 || answer.codes.length > 0); attempt += 1) answer = await ask(base, shape);
    if (answer.status !== 200 || answer.codes.length > 0) throw new Error(`no baseline for ${shape}: ${answer.status} ${answer.codes.join(',')}`);
    baseline.set(shape, contentOf(answer));
  }
  return baseline;
}

function ask(base: string, shape: string): Promise<Answer> {
  return shape in GRAPHQL_SHAPES
    ? postGraphql(base, shape, { query: GRAPHQL_SHAPES[shape] }, { timeoutMs: CLIENT_TIMEOUT_MS })
    : getJson(base, shape, GET_SHAPES[shape], { timeoutMs: CLIENT_TIMEOUT_MS });
}

/** What a user compares: the data of a GraphQL answer; for an export, the seeded nodes and relationships it holds (writes add more). */
function contentOf(answer: Answer): unknown {
  if (answer.shape === '/export') {
    const { nodes = [], relationships = [] } = (answer.content ?? {}) as { nodes?: { id?: string }[]; relationships?: { type: string; from: string; to: string }[] };
    const seeded = (id: string | undefined) => !String(id).includes('chaos');
    return {
      nodes: nodes.filter((n) => seeded(n.id)).map((n) => JSON.stringify(n)).sort(),
      relationships: relationships.filter((r) => seeded(r.from) && seeded(r.to)).map((r) => JSON.stringify(r)).sort(),
    };
  }
  return answer.shape in GRAPHQL_SHAPES ? answer.body?.data : answer.content;
}

function isCorrect(answer: Answer, baseline: Map<string, unknown>): boolean {
  return answer.status === 200 && answer.codes.length === 0 && isDeepStrictEqual(contentOf(answer), baseline.get(answer.shape));
}

/** Kills Neo4j's JVM, waits for the supervisor to have it back, then for every shape to answer correctly again. */
async function kill(service: ChildService, correct: (a: Answer) => boolean): Promise<Fault> {
  const pid = service.javaPid();
  const at = Date.now();
  process.kill(pid, 'SIGKILL');
  log(`SIGKILL Neo4j (pid ${pid})`);
  let backAt: number | null = null;
  try {
    const newPid = await service.restarted(pid, RESTART_LIMIT_MS);
    backAt = Date.now();
    log(`Neo4j back (pid ${newPid}) ${backAt - at} ms after the kill`);
  } catch (error) {
    log(`Neo4j not back: ${(error as Error).message}`);
    return { kind: 'SIGKILL', at, backAfterMs: null, firstCorrectAfterMs: null, allCorrectAfterMs: null };
  }
  return { kind: 'SIGKILL', at, backAfterMs: backAt - at, ...(await recover(service.base, backAt, correct)) };
}

/** Stops Neo4j's JVM for a little longer than a deadline, then lets it go on; it is the same JVM after. */
async function stall(service: ChildService, correct: (a: Answer) => boolean): Promise<Fault> {
  const pid = service.javaPid();
  const at = Date.now();
  process.kill(pid, 'SIGSTOP');
  log(`SIGSTOP Neo4j (pid ${pid}) for ${DEADLINE_MS + 1_000} ms`);
  await sleep(DEADLINE_MS + 1_000);
  process.kill(pid, 'SIGCONT');
  const backAt = Date.now();
  log('SIGCONT');
  return { kind: 'SIGSTOP', at, backAfterMs: backAt - at, ...(await recover(service.base, backAt, correct)) };
}

/**
 * Asks the shapes in turn until each has answered correctly again; times from `since` to the first correct answer
 * and to the moment the last shape had (null: not within RECOVERY_LIMIT_MS).
 */
async function recover(base: string, since: number, correct: (a: Answer) => boolean): Promise<Pick<Fault, 'firstCorrectAfterMs' | 'allCorrectAfterMs'>> {
  let firstCorrect: number | null = null;
  const recovered = new Set<string>();
  for (let i = 0; recovered.size < SHAPES.length; i += 1) {
    if (Date.now() - since > RECOVERY_LIMIT_MS) return { firstCorrectAfterMs: firstCorrect === null ? null : firstCorrect - since, allCorrectAfterMs: null };
    const shape = SHAPES.filter((s) => !recovered.has(s))[i % (SHAPES.length - recovered.size)];
    const answer = await ask(base, shape);
    if (correct(answer)) {
      firstCorrect ??= answer.at;
      recovered.add(shape);
    } else {
      await sleep(200);
    }
  }
  const allCorrectAfterMs = Date.now() - since;
  log(`every shape correct ${allCorrectAfterMs} ms after Neo4j was back (first correct after ${firstCorrect! - since} ms)`);
  return { firstCorrectAfterMs: firstCorrect! - since, allCorrectAfterMs };
}

interface RunResult {
  service: ChildService;
  runId: string;
  startedAt: number;
  readyMs: number;
  answers: Answer[];
  writes: ChaosWrite[];
  faults: Fault[];
  findings: WriteFindings;
  rss: Rss[];
  settled: boolean;
  crashed: number | string | null;
  correct: (a: Answer) => boolean;
}

/** Checks the invariants, prints the figures and the verdicts; the exit code (0: every invariant held). */
function report(r: RunResult): number {
  const isWrite = (a: Answer) => a.shape.startsWith('write ');
  const reads = r.answers.filter((a) => !isWrite(a));
  const late = r.answers.filter((a) => a.ms > DEADLINE_MS + MARGIN_MS);
  // An export Neo4j failed after it had begun ends with a broken connection, by design (a partial file never passes
  // for a whole one), whether or not its status line had reached the client.
  const exportCut = (a: Answer) => a.shape === '/export' && (a.codes[0] === CONNECTION_CLOSED || (a.status === 0 && a.ms <= DEADLINE_MS + MARGIN_MS));
  const noAnswer = r.answers.filter((a) => a.codes.includes(NO_ANSWER) && !exportCut(a));
  const fiveHundredOther = r.answers.filter((a) => a.status >= 500 && !(
    [503, 504].includes(a.status) && a.codes.length > 0 && a.codes.every((c) => FAULT_CODES.includes(c) || c === 'WRITE_OUTCOME_UNKNOWN')
  ));
  // A read that is neither correct nor a clear fault error (nor a cut export): a 200 with other data is a wrong answer.
  const wrongReads = reads.filter((a) => !r.correct(a) && !exportCut(a) && !(
    [503, 504].includes(a.status) && a.codes.length > 0 && a.codes.every((c) => FAULT_CODES.includes(c))
  ));
  const wrongData = wrongReads.filter((a) => a.status === 200 && a.codes.length === 0);
  const writes = {
    total: r.writes.length,
    done: r.writes.filter((w) => w.outcome === 'done').length,
    failed: r.writes.filter((w) => w.outcome === 'failed').length,
    unknownResolved: r.writes.filter((w) => w.wasUnknown && !w.unresolved).length,
    unresolved: r.writes.filter((w) => w.unresolved).length,
    unexpected: r.writes.flatMap((w) => w.unexpected),
    lost: r.findings.lost.length,
    phantom: r.findings.phantom.length,
    duplicated: r.findings.duplicated.length,
    wrongState: r.findings.wrongState.length,
  };
  const kills = r.faults.filter((f) => f.kind === 'SIGKILL');
  const logged = r.service.lines.filter((l) => /exited unexpectedly \(SIGKILL\)/.test(l)).length;
  const recovered = r.faults.length > 0 && r.faults.every((f) => f.allCorrectAfterMs !== null) && r.settled;
  const verdicts: Verdict[] = [
    { name: 'the service never exited', ok: r.crashed === null, detail: r.crashed === null ? 'running throughout' : `exited with ${r.crashed}` },
    { name: 'every request got an answer', ok: noAnswer.length === 0, detail: `${noAnswer.length} without an answer` },
    { name: `no answer later than the deadline + ${MARGIN_MS} ms`, ok: late.length === 0, detail: `${late.length} late (max ${Math.max(0, ...r.answers.map((a) => a.ms))} ms)${late.length ? `: ${summarize(late)}` : ''}` },
    { name: 'no 5xx but 503/504 with DATABASE_* or WRITE_OUTCOME_UNKNOWN', ok: fiveHundredOther.length === 0, detail: summarize(fiveHundredOther) },
    { name: 'no read answered other than correctly or with a clear error', ok: wrongReads.length === 0, detail: `${wrongData.length} with wrong data; ${summarize(wrongReads)}` },
    { name: 'no write reported done is missing', ok: writes.lost === 0 && writes.wrongState === 0, detail: [...r.findings.lost, ...r.findings.wrongState].slice(0, 5).join('; ') || 'none' },
    { name: 'no write reported failed is present', ok: writes.phantom === 0, detail: r.findings.phantom.slice(0, 5).join('; ') || 'none' },
    { name: 'every write is in the graph at most once', ok: writes.duplicated === 0, detail: r.findings.duplicated.slice(0, 5).join('; ') || 'none' },
    { name: 'every unknown outcome resolved, no unexpected write answer', ok: writes.unresolved === 0 && writes.unexpected.length === 0, detail: `${writes.unresolved} unresolved; ${writes.unexpected.slice(0, 5).join(', ') || 'no unexpected answers'}` },
    { name: 'writes were made', ok: writes.done > 0, detail: `${writes.done} done` },
    { name: `every fault recovered (all shapes correct within ${RECOVERY_LIMIT_MS} ms of Neo4j back)`, ok: recovered, detail: r.faults.map(describeFault).join('; ') },
    { name: 'the supervisor logged each death', ok: logged >= kills.length && kills.length > 0, detail: `${logged} deaths logged for ${kills.length} kills` },
  ];

  const all = tally(r.answers);
  const readTally = tally(reads);
  const writeTally = tally(r.answers.filter(isWrite));
  const mb = (pick: (x: Rss) => number) => r.rss.length ? pick(r.rss[r.rss.length - 1]) : null;
  const figures = {
    mode: SHORT ? 'short' : 'full',
    runId: r.runId,
    runMs: Date.now() - r.startedAt,
    startupMs: r.readyMs,
    deadlineMs: DEADLINE_MS,
    marginMs: MARGIN_MS,
    readers: READERS,
    writers: WRITERS,
    kills: kills.length,
    stalls: r.faults.length - kills.length,
    requests: all.requests,
    byOutcome: all.byOutcome,
    p50Ms: all.p50Ms,
    p99Ms: all.p99Ms,
    maxMs: all.maxMs,
    reads: { requests: readTally.requests, p50Ms: readTally.p50Ms, p99Ms: readTally.p99Ms },
    writeRequests: { requests: writeTally.requests, byOutcome: writeTally.byOutcome, p50Ms: writeTally.p50Ms, p99Ms: writeTally.p99Ms },
    writes: { ...writes, unexpected: writes.unexpected.length },
    lost: writes.lost,
    phantom: writes.phantom,
    fiveHundredOther: fiveHundredOther.length,
    hangs: late.length + noAnswer.length,
    exportsCut: reads.filter(exportCut).length,
    wrongData: wrongData.length,
    recovered,
    faults: r.faults.map((f) => ({ kind: f.kind, backAfterMs: f.backAfterMs, firstCorrectAfterBackMs: f.firstCorrectAfterMs, allCorrectAfterBackMs: f.allCorrectAfterMs })),
    rssMb: { start: r.rss[0]?.rssMb ?? null, peak: mb((x) => x.peakMb), end: mb((x) => x.rssMb) },
    ok: verdicts.every((v) => v.ok),
  };

  const table: [string, string][] = [
    ['run', `${figures.mode}, ${Math.round(figures.runMs / 1000)} s (start-up ${Math.round(r.readyMs / 1000)} s), ${READERS} readers + ${WRITERS} writers, deadline ${DEADLINE_MS} ms`],
    ['faults', `${kills.length} SIGKILL, ${figures.stalls} SIGSTOP`],
    ['requests', `${all.requests} (reads ${readTally.requests}, writes ${writeTally.requests}); p50 ${all.p50Ms} ms, p99 ${all.p99Ms} ms, max ${all.maxMs} ms`],
    ...Object.entries(all.byOutcome).sort(([, a], [, b]) => b - a).map(([outcome, n]): [string, string] => [`  ${outcome}`, String(n)]),
    ['writes', `${writes.total}: ${writes.done} done, ${writes.failed} failed, ${writes.unknownResolved} unknown → resolved, ${writes.unresolved} unresolved`],
    ['checked', `lost ${writes.lost}, phantom ${writes.phantom}, duplicated ${writes.duplicated}, wrong state ${writes.wrongState}`],
    ...r.faults.map((f, i): [string, string] => [`fault ${i + 1}`, describeFault(f)]),
    ['service RSS', `start ${figures.rssMb.start} MB, peak ${figures.rssMb.peak} MB, end ${figures.rssMb.end} MB`],
  ];
  const width = Math.max(...table.map(([k]) => k.length));
  console.log(`\nChaos run figures\n${table.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  console.log(`Invariants\n${verdicts.map((v) => `${v.ok ? 'ok  ' : 'FAIL'}  ${v.name}: ${v.detail}`).join('\n')}\n`);
  if (!figures.ok) {
    // What the service logged at error level, for the failed invariants (one line per message).
    const errors = new Map<string, string>();
    for (const line of r.service.lines.filter((l) => /"level":(50|60)/.test(l))) errors.set(String(/"msg":"([^"]*)"/.exec(line)?.[1]), line.slice(0, 1_500));
    console.log(`Service errors (${errors.size} distinct messages)\n${[...errors.values()].slice(0, 10).join('\n')}\n`);
  }
  console.log(`CHAOS ${JSON.stringify(figures)}`);
  return figures.ok ? 0 : 1;
}

function describeFault(f: Fault): string {
  const ms = (v: number | null) => (v === null ? 'never' : `${v} ms`);
  return `${f.kind}: Neo4j back after ${ms(f.backAfterMs)}, then first correct answer after ${ms(f.firstCorrectAfterMs)}, every shape correct after ${ms(f.allCorrectAfterMs)}`;
}

function summarize(answers: Answer[]): string {
  if (answers.length === 0) return 'none';
  return Object.entries(tally(answers).byOutcome).map(([k, n]) => `${k} ×${n} (${[...new Set(answers.filter((a) => tally([a]).byOutcome[k]).map((a) => a.shape))].slice(0, 3).join(', ')})`).join('; ');
}

function log(message: string): void {
  console.log(`[chaos ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

main().catch((error: Error) => {
  console.error(`chaos run failed: ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
