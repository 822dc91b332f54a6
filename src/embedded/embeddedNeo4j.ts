// Starts and stops the embedded Neo4j (Community 5.26, see neo4j/README.md) as a child JVM.
// The service itself only ever talks to it over Bolt with neo4j-driver.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

export interface EmbeddedNeo4jOptions {
  /** Home/data directory; created if missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 = any free port (the bound one is reported as `port`). */
  port: number;
  /** Password of the `neo4j` user; (re)set on every start. */
  password: string;
  /** JVM max heap, e.g. `768m` (default). The initial heap is 256m or this, if smaller. */
  heap?: string;
  /** Neo4j page cache size, e.g. `128m` (default). */
  pageCache?: string;
  /** How long to wait for the READY line (default 90 s). */
  startTimeoutMs?: number;
  /** Receives the launcher's stderr lines and lifecycle notes (deaths and restarts as 'warn', giving up as 'error'). */
  log?: (line: string, level?: 'info' | 'warn' | 'error') => void;
}

export interface EmbeddedNeo4j {
  /** `bolt://127.0.0.1:<port>` */
  uri: string;
  port: number;
  /** Neo4j version, e.g. `5.26.30`. */
  version: string;
  /** `community` */
  edition: string;
  /** Process id of the JVM. */
  pid: number;
  /** Resolves when the JVM has exited, for whatever reason. */
  exited: Promise<ExitInfo>;
  /** Stops Neo4j cleanly (SIGTERM; SIGKILL after 20 s). Idempotent. */
  stop(): Promise<void>;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const SIZE = /^\d+[kmgKMG]?$/;
const DEFAULT_HEAP = '768m';
const DEFAULT_MIN_HEAP = '256m';
const DEFAULT_PAGE_CACHE = '128m';
const DEFAULT_START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 20_000;
const STDERR_LINES_KEPT = 40;

const NO_JAVA =
  'Java 17+ is required to run the embedded Neo4j; install a JDK 17 and Maven, or set NEO4J_URI to an existing Neo4j 5 server';

/** Absolute path of the launcher jar built by `npm install` (scripts/ensure-launcher.js). */
export const LAUNCHER_JAR: string = join(PROJECT_ROOT, 'neo4j', 'target', 'scn-neo4j-launcher.jar');

// The one findJava, plain JavaScript shared with the npm postinstall script (which runs before anything is
// compiled). Loaded from the project folder, so that the compiled service (dist/) finds it too. The JVM
// module flags the launcher needs on JDK 17 come from its jar's manifest (Add-Opens, Add-Exports), as it
// runs with -jar.
const { findJava } = require(join(PROJECT_ROOT, 'scripts', 'findJava.js')) as typeof import('../../scripts/findJava');

function sizeToBytes(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Number.parseInt(size, 10) * factor;
}

function checkSize(name: string, value: string): string {
  if (!SIZE.test(value)) throw new Error(`embedded Neo4j: invalid ${name} ${JSON.stringify(value)} (expected e.g. 512m or 1g)`);
  return value;
}

/** Calls `onLine` for each complete line of `stream`. */
function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      onLine(buffered.slice(0, newline).replace(/\r$/, ''));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
    buffered = '';
  });
}

function unrefChild(child: ChildProcess): void {
  // Once running, the JVM must not keep this Node process alive on its own: if we exit without stop(),
  // the launcher sees EOF on its stdin and shuts down by itself.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
}

/**
 * Starts Neo4j in a child JVM (`java -jar neo4j/target/scn-neo4j-launcher.jar --exit-on-stdin-eof`) and
 * resolves once it accepts Bolt connections with the given password.
 */
export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => undefined);
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error(`embedded Neo4j: invalid port ${opts.port} (0 means any free port)`);
  }
  if (!opts.password) throw new Error('embedded Neo4j: empty password');
  const heap = checkSize('heap', opts.heap ?? DEFAULT_HEAP);
  const minHeap = sizeToBytes(heap) < sizeToBytes(DEFAULT_MIN_HEAP) ? heap : DEFAULT_MIN_HEAP;
  const pageCache = checkSize('page cache size', opts.pageCache ?? DEFAULT_PAGE_CACHE);
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;

  const java = findJava();
  if (!java) throw new Error(NO_JAVA);
  if (!existsSync(LAUNCHER_JAR)) {
    throw new Error(
      `The embedded Neo4j launcher ${LAUNCHER_JAR} is missing: run npm install to build it ` +
        '(needs a JDK 17+ and Maven 3.8+; or run `mvn -q -B -f neo4j/pom.xml -DskipTests package`), or set NEO4J_URI to an existing Neo4j 5 server',
    );
  }
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const args = [
    `-Xms${minHeap}`,
    `-Xmx${heap}`,
    // A JVM that ran out of heap is no use to anyone: die, the client sees the connection drop.
    '-XX:+ExitOnOutOfMemoryError',
    '-jar',
    LAUNCHER_JAR,
    '--exit-on-stdin-eof',
  ];
  const child = spawn(java, args, {
    cwd: dataDir,
    env: {
      ...process.env,
      EMBEDDED_NEO4J_DIR: dataDir,
      EMBEDDED_NEO4J_PORT: String(opts.port),
      EMBEDDED_NEO4J_PAGECACHE: pageCache,
      NEO4J_PASSWORD: opts.password,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

  const stderrTail: string[] = [];
  let failedReason: string | null = null;
  let exitInfo: ExitInfo | null = null;
  const exited = new Promise<void>((resolveExit) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolveExit();
    });
    // 'exit' never fires when spawn itself fails.
    child.once('error', () => resolveExit());
  });
  child.stdin?.on('error', () => undefined); // EPIPE when the JVM is already gone
  if (child.stderr) {
    forEachLine(child.stderr, (line) => {
      stderrTail.push(line);
      if (stderrTail.length > STDERR_LINES_KEPT) stderrTail.shift();
      log(`[neo4j] ${line}`);
    });
  }

  const tail = (): string => (stderrTail.length ? `\n${stderrTail.slice(-15).join('\n')}` : '');

  const ready = await new Promise<{ port: number; version: string; edition: string }>((resolveReady, rejectReady) => {
    let settled = false;
    const settle = (error: Error | null, value?: { port: number; version: string; edition: string }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) rejectReady(error);
      else resolveReady(value!);
    };
    const timer = setTimeout(() => {
      settle(new Error(`Embedded Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s${tail()}`));
    }, timeoutMs);

    child.once('error', (error: NodeJS.ErrnoException) => {
      settle(error.code === 'ENOENT' ? new Error(NO_JAVA) : new Error(`cannot start ${java}: ${error.message}`));
    });
    // 'close' (not 'exit'): by then stdout/stderr are drained, so a NEO4J_FAILED line has been seen.
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      const old = stderrTail.some((l) => l.includes('UnsupportedClassVersionError'));
      if (old) {
        settle(new Error(`${NO_JAVA} (${java} is older than Java 17)`));
      } else if (failedReason !== null) {
        settle(new Error(`Embedded Neo4j failed to start: ${failedReason}`));
      } else {
        settle(new Error(`Embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready${tail()}`));
      }
    });
    if (child.stdout) {
      forEachLine(child.stdout, (line) => {
        const match = /^NEO4J_READY bolt:\/\/127\.0\.0\.1:(\d+) version=(\S+) edition=(\S+)\s*$/.exec(line);
        if (match) {
          settle(null, { port: Number(match[1]), version: match[2], edition: match[3] });
        } else if (line.startsWith('NEO4J_FAILED ')) {
          failedReason = line.slice('NEO4J_FAILED '.length);
          // The launcher exits by itself (code 1); the 'exit' handler rejects with the reason.
        } else if (line.trim()) {
          log(`[neo4j stdout] ${line}`);
        }
      });
    }
  }).catch(async (error: Error) => {
    await terminate(child, exited, () => exitInfo !== null, 5_000);
    throw error;
  });

  let stopping: Promise<void> | null = null;
  child.once('exit', (code, signal) => {
    if (!stopping) log(`embedded Neo4j (pid ${child.pid}) exited unexpectedly (${signal ?? `code ${code}`})`, 'warn');
  });
  unrefChild(child);

  return {
    uri: `bolt://127.0.0.1:${ready.port}`,
    port: ready.port,
    version: ready.version,
    edition: ready.edition,
    pid: child.pid!,
    exited: exited.then(() => exitInfo ?? { code: null, signal: null }),
    stop(): Promise<void> {
      if (!stopping) {
        stopping = terminate(child, exited, () => exitInfo !== null, STOP_GRACE_MS).then(() => {
          log(`embedded Neo4j stopped (${describeExit(exitInfo)})`);
        });
      }
      return stopping;
    },
  };
}

function describeExit(info: ExitInfo | null): string {
  if (!info) return 'exit status unknown';
  return info.signal ? `signal ${info.signal}` : `exit code ${info.code}`;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
async function terminate(child: ChildProcess, exited: Promise<void>, hasExited: () => boolean, graceMs: number): Promise<void> {
  if (hasExited() || child.pid === undefined) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<void>((resolveKill) => {
    timer = setTimeout(() => {
      if (!hasExited()) child.kill('SIGKILL');
      resolveKill();
    }, graceMs);
  });
  await Promise.race([exited, killed]);
  clearTimeout(timer);
  await exited;
}

export interface SupervisionOptions {
  /** Quick failures in a row (a start that fails, or a run shorter than `stableAfterMs`) after which to give up. */
  maxRestarts: number;
  /** Called once when supervision gives up; Neo4j is not running any more. */
  onGiveUp: (reason: string) => void;
  /** First wait before a restart, doubled after each quick failure (default 1 s). */
  firstBackoffMs?: number;
  /** Longest wait before a restart (default 30 s). */
  maxBackoffMs?: number;
  /** A run this long counts as fine: the next failure starts the backoff afresh (default 60 s). */
  stableAfterMs?: number;
}

/** The embedded Neo4j under supervision: `pid` is the JVM running now. */
export type SupervisedNeo4j = Omit<EmbeddedNeo4j, 'exited'>;

/**
 * Starts the embedded Neo4j and restarts it whenever its JVM dies, after 1 s, 2 s, 4 s … (at most 30 s),
 * on the same Bolt port, so the driver reconnects by itself. The backoff starts afresh after a run of
 * `stableAfterMs`; after `maxRestarts` quick failures in a row it gives up (`onGiveUp`), so that an outer
 * supervisor can take over. stop() stops it for good (no restart).
 */
export async function superviseEmbeddedNeo4j(opts: EmbeddedNeo4jOptions & SupervisionOptions): Promise<SupervisedNeo4j> {
  const log = opts.log ?? (() => undefined);
  const firstBackoffMs = opts.firstBackoffMs ?? 1_000;
  const maxBackoffMs = opts.maxBackoffMs ?? 30_000;
  const stableAfterMs = opts.stableAfterMs ?? 60_000;

  let running = await startEmbeddedNeo4j(opts);
  // With port 0 the first start picked the port; every restart reuses it.
  const startOptions = { ...opts, port: running.port };
  let runningSince = Date.now();
  let quickFailures = 0;
  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let starting: Promise<unknown> = Promise.resolve();

  const scheduleRestart = (why: string): void => {
    quickFailures += 1;
    if (quickFailures > opts.maxRestarts) {
      log(`embedded Neo4j: giving up after ${quickFailures} quick failures in a row (last: ${why})`, 'error');
      opts.onGiveUp(why);
      return;
    }
    const delay = Math.min(firstBackoffMs * 2 ** (quickFailures - 1), maxBackoffMs);
    log(`embedded Neo4j: restarting in ${delay} ms on port ${startOptions.port} (quick failure ${quickFailures} of at most ${opts.maxRestarts})`, 'warn');
    restartTimer = setTimeout(() => {
      starting = startEmbeddedNeo4j(startOptions).then(
        (instance) => {
          if (stopped) return instance.stop();
          running = instance;
          runningSince = Date.now();
          log(`embedded Neo4j restarted (pid ${instance.pid}) at ${instance.uri}`);
          watch(instance);
        },
        (error: Error) => {
          log(`embedded Neo4j: restart failed: ${error.message}`, 'warn');
          if (!stopped) scheduleRestart(error.message);
        },
      );
    }, delay);
  };

  const watch = (instance: EmbeddedNeo4j): void => {
    void instance.exited.then((info) => {
      if (stopped) return;
      const ranMs = Date.now() - runningSince;
      if (ranMs >= stableAfterMs) quickFailures = 0;
      scheduleRestart(`pid ${instance.pid} ended by ${describeExit(info)} after ${Math.round(ranMs / 1000)} s`);
    });
  };
  watch(running);

  return {
    uri: running.uri,
    port: running.port,
    version: running.version,
    edition: running.edition,
    get pid() {
      return running.pid;
    },
    async stop() {
      stopped = true;
      clearTimeout(restartTimer);
      await starting;
      await running.stop();
    },
  };
}
