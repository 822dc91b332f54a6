import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface ChildServiceOptions {
  /** Environment on top of the defaults below (a fresh embedded Neo4j in a temp dir, free ports, production). */
  env?: Record<string, string>;
  /** Run the compiled service (`npm run build`, then dist/src/main.js, as `npm run serve` does) instead of ts-node. */
  compiled?: boolean;
  /** How long start-up (Neo4j, schema, seed) may take. */
  startTimeoutMs?: number;
  /** Told every line the service prints. */
  onLine?: (line: string) => void;
}

export interface Rss {
  /** Resident set now. */
  rssMb: number;
  /** Highest resident set so far (the kernel's VmHWM). */
  peakMb: number;
}

/** The service as operators run it: `src/main.ts` in a process group of its own, with its own supervised embedded Neo4j. */
export interface ChildService {
  /** The service's node process. */
  pid: number;
  /** Base URL (no trailing slash): `${base}/graphql`, `${base}/health`. */
  base: string;
  /** The embedded Neo4j's Bolt URI and password (for a checker's own driver). */
  boltUri: string;
  neo4jPassword: string;
  /** The embedded Neo4j's JVM now (follows restarts by the supervisor). */
  javaPid(): number;
  /** Resolves with the new JVM's pid when the supervisor has restarted Neo4j after `afterPid` ended. */
  restarted(afterPid: number, timeoutMs: number): Promise<number>;
  rss(): Rss | null;
  /** Every line printed so far. */
  lines: string[];
  /** Resolves with the exit code (or signal name) once the service has exited. */
  exited: Promise<number | string>;
  /** Sends a signal to the service's node process only. */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL of the whole group (JVM included) if it has not exited in `graceMs`; removes the data dir. */
  stop(graceMs?: number): Promise<number | string>;
}

/** Compiles the service to dist/ (as `npm run build` does, without the explorer bundle). */
export function buildService(): void {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/** Starts the service and resolves once it answers on /graphql; rejects (and cleans up) if it does not start. */
export async function startChildService(options: ChildServiceOptions = {}): Promise<ChildService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scn-graph-ops-'));
  const neo4jPassword = 'ops-harness-password';
  const args = options.compiled ? [join(ROOT, 'dist', 'src', 'main.js')] : ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src', 'main.ts')];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      NEO4J_URI: '',
      PORT: '0',
      EMBEDDED_NEO4J_DIR: dataDir,
      EMBEDDED_NEO4J_PORT: '0',
      NEO4J_PASSWORD: neo4jPassword,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that a failed run can kill node and the JVM together.
    detached: true,
  });
  const lines: string[] = [];
  let javaPid = 0;
  let boltUri = '';
  const waiters = new Set<() => void>();
  const onChunk = (() => {
    let partial = '';
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        options.onLine?.(line);
        const started = /ready at (bolt:\/\/\S+) \(embedded Neo4j pid (\d+)\)/.exec(line);
        const again = /embedded Neo4j restarted \(pid (\d+)\) at (bolt:\/\/\S+)/.exec(line);
        if (started) [boltUri, javaPid] = [started[1], Number(started[2])];
        if (again) [javaPid, boltUri] = [Number(again[1]), again[2]];
        for (const waiter of waiters) waiter();
      }
    };
  })();
  child.stdout!.on('data', onChunk);
  child.stderr!.on('data', onChunk);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));

  const waitFor = <T>(found: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${what} within ${timeoutMs} ms; last lines:\n${lines.slice(-20).join('\n')}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      void exited.then((code) => {
        done();
        reject(new Error(`the service exited (${code}) before ${what}; last lines:\n${lines.slice(-20).join('\n')}`));
      });
      check();
    });

  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const service: ChildService = {
    pid: child.pid!,
    base: '',
    boltUri: '',
    neo4jPassword,
    javaPid: () => javaPid,
    restarted: (afterPid, timeoutMs) => waitFor(() => (javaPid && javaPid !== afterPid ? javaPid : undefined), timeoutMs, `no restart of Neo4j after pid ${afterPid}`),
    rss: () => readRss(child.pid!),
    lines,
    exited,
    signal: (signal) => child.kill(signal),
    async stop(graceMs = 30_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(killGroup, graceMs);
      const code = await exited;
      clearTimeout(timer);
      // The JVM is a child of node: whatever is left of the group goes too.
      killGroup();
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
  try {
    const url = await waitFor(() => lines.map((l) => /GraphQL at (http:\/\/\S+\/graphql)/.exec(l)?.[1]).find(Boolean), options.startTimeoutMs ?? 180_000, 'the service was not ready');
    return Object.assign(service, { base: url.replace(/\/graphql$/, ''), boltUri });
  } catch (error) {
    killGroup();
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** VmRSS and VmHWM of a process, in MB; null once it is gone. */
export function readRss(pid: number): Rss | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}
