import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { emptySample, post, round, runRound, summarize, Summary } from './measure';
import type { GraphqlRequest } from './shapes';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface RssResult {
  clients: number;
  seconds: number;
  /** Peak resident set of the service process (VmHWM at the end; sampled VmRSS never exceeds it). */
  peakRssMb: number;
  /** Highest VmRSS seen in the samples (every SAMPLE_MS). */
  sampledPeakRssMb: number;
  /** Once started and answering, before the load. */
  idleRssMb: number;
  samples: number;
  load: Summary;
}

const SAMPLE_MS = 100;
const ROOT = join(__dirname, '..');

/**
 * Our service in a child process of its own, as production runs it (`npm run build`, then the compiled
 * `dist/src/main.js` with NODE_ENV=production, like `npm run serve`), on the bench's Neo4j, so that its RSS is its own. `clients` workers send `requests` in turn
 * (each its next one as soon as the last answers) for `seconds`, while /proc/<pid>/status is read every
 * SAMPLE_MS. Errors of the load are counted in `load`; a service that fails to start throws.
 */
export async function measureServiceRss(neo4j: Neo4jSettings, requests: GraphqlRequest[], clients: number, seconds: number): Promise<RssResult> {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // 32 clients from one address on purpose: the anonymous rate limit must not answer for the service.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitUntilReady(child, `http://127.0.0.1:${port}/health`, () => stderr);
    for (const request of requests) await post(url, request);
    const idle = status(child.pid!);
    let sampledPeak = idle.rss;
    let samples = 0;
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, status(child.pid!).rss);
      samples += 1;
    }, SAMPLE_MS);
    const sample = emptySample();
    let next = 0;
    const deadline = performance.now() + seconds * 1000;
    try {
      // Each client takes the next shape in turn, so every shape is in flight at once.
      await runRound(() => post(url, requests[next++ % requests.length]), Number.MAX_SAFE_INTEGER, clients, sample, deadline);
    } finally {
      clearInterval(sampler);
    }
    const end = status(child.pid!);
    return {
      clients,
      seconds,
      peakRssMb: round(Math.max(end.hwm, sampledPeak) / 1024, 1),
      sampledPeakRssMb: round(Math.max(sampledPeak, end.rss) / 1024, 1),
      idleRssMb: round(idle.rss / 1024, 1),
      samples,
      load: summarize(sample),
    };
  } finally {
    await stop(child);
  }
}

/** VmRSS and VmHWM of a process, in kB. */
function status(pid: number): { rss: number; hwm: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function waitUntilReady(child: ChildProcess, healthUrl: string, stderr: () => string): Promise<void> {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}: ${stderr()}`);
    const ok = await fetch(healthUrl).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`the service did not answer ${healthUrl} within 120 s: ${stderr()}`);
}

/** SIGTERM (the service drains and exits), then SIGKILL after 15 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
