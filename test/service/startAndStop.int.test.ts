import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../src/database/database';
import { createOpsKey } from '../../ops/harness/opsKey';
import { Answer, postGraphql } from '../../ops/harness/load';
import { isAlive } from '../support/isAlive';
import { testDatabaseSettings } from '../support/testDatabase';

// `npm start` as a user runs it: the embedded Neo4j in a fresh data dir, auto-seeded, then SIGTERM to npm.
const ROOT = join(__dirname, '..', '..');

/** Every `npm` this file started, each the leader of its own process group (npm, node and the JVM). */
const started = new Set<ChildProcess>();

function startMain(env: Record<string, string>, script = 'start'): ChildProcess {
  const child = spawn('npm', ['run', script, '--silent'], {
    cwd: ROOT,
    // NODE_ENV as a user has it: jest's NODE_ENV=test changes defaults (Apollo's own signal handlers are off under it).
    env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that the whole service (npm, node, the JVM) can be killed together.
    detached: true,
  });
  started.add(child);
  return child;
}

// Whatever became of a test (failed, or stopped by jest's timeout before its own clean-up ran), nothing it started
// outlives it: the process group of each service goes, the JVM with it.
afterEach(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
  started.clear();
});

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; output:\n${buffer}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = buffer.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}; output:\n${buffer}`)));
  });
}

/** `npm run build`, started with the file so that it compiles while the first test waits for its embedded Neo4j. */
let build: Promise<{ status: number | null; output: string }>;
beforeAll(() => {
  build = new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (status) => resolve({ status, output }));
  });
});

/** GET on a kept-alive connection of `agent` (one socket): status, the Connection header and the body. */
function get(agent: http.Agent, url: string): Promise<{ status: number; connection: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: JSON.parse(text) }));
      })
      .on('error', reject);
  });
}

const READ = { query: '{ node(id: "city:durres") { name } neighborhood(id: "city:durres") { truncated } }' };
const CREATE_SOURCE = 'mutation($input: CreateSourceInput!) { createSource(input: $input) { changed } }';
const sourceId = (client: number, turn: number) => `source:start-and-stop-${client}-${turn}`;

/** Answered 503 SHUTTING_DOWN, or not let in at all (connection refused): what a request meets once the service stops. */
const refused = (a: Answer) => (a.status === 503 && a.codes.join() === 'SHUTTING_DOWN') || (a.status === 0 && a.cause === 'ECONNREFUSED');

test('Start and stop: serves GraphQL on a seeded embedded Neo4j; SIGTERM under load answers every request already sent, refuses new ones, keeps every write reported done, closes what still runs at the end of the grace period, exits 0 and leaves no Java process', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scn-graph-start-'));
  const password = 'start-and-stop-test';
  const unlimited = '1000000';
  const child = startMain({
    PORT: '0',
    EMBEDDED_NEO4J_DIR: dataDir,
    EMBEDDED_NEO4J_PORT: '0',
    NEO4J_PASSWORD: password,
    SHUTDOWN_GRACE_MS: '6000',
    // As behind a proxy: idle connections stay open (the health check's, while the machine is busy starting the load).
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '600000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: unlimited,
    RATE_LIMIT_KEY_PER_MINUTE: unlimited,
    RATE_LIMIT_WRITES_PER_MINUTE: unlimited,
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const checker = { db: undefined as Database | undefined };
  try {
    const [, boltUri, javaPidText] = await waitForLine(child, /ready at (bolt:\/\/\S+) \(embedded Neo4j pid (\d+)\)/, 90_000);
    const javaPid = Number(javaPidText);
    const url = (await waitForLine(child, /GraphQL at (http:\/\/\S+\/graphql)/, 90_000))[1];
    const base = url.replace(/\/graphql$/, '');
    expect(isAlive(javaPid)).toBe(true);

    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "city:durres") { name } }' }) });
    expect(await res.json()).toEqual({ data: { node: { name: 'Durrës' } } });

    checker.db = new Database({ uri: boltUri, user: 'neo4j', password });
    const editor = { authorization: `Bearer ${await createOpsKey(checker.db, 'editor', 'start-and-stop')}` };
    // A load balancer's health check, on a connection it keeps open.
    const balancer = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect(await get(balancer, `${base}/health`)).toMatchObject({ status: 200, body: { status: 'ok' } });
    // A client that sends its headers, then stalls in its body: a request that is still running when the grace period ends.
    const stalled = net.connect(Number(new URL(base).port), '127.0.0.1');
    const stalledClosed = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
    stalled.on('error', () => undefined);
    stalled.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');

    // 16 readers and 2 writers, each sending its next request as soon as it has its answer, until it is refused.
    const answers: Answer[] = [];
    const writes = new Map<string, Answer>();
    let writesDone = 0;
    let warmedUp: () => void = () => undefined;
    const warm = new Promise<void>((resolve) => (warmedUp = resolve));
    const load = Promise.all(
      Array.from({ length: 18 }, async (_, client) => {
        for (let turn = 0; ; turn += 1) {
          let answer: Answer;
          if (client < 2) {
            const id = sourceId(client, turn);
            answer = await postGraphql(base, 'write', { query: CREATE_SOURCE, variables: { input: { id, name: `Start and stop ${client}-${turn}`, documentType: 'web page', address: `https://example.org/${client}/${turn}`, title: 'A page', publisher: 'Example' } } }, { headers: editor, timeoutMs: 60_000 });
            writes.set(id, answer);
            if (answer.status === 200 && answer.codes.length === 0 && ++writesDone === 6) warmedUp();
          } else {
            answer = await postGraphql(base, 'read', READ, { timeoutMs: 60_000 });
          }
          answers.push(answer);
          if (refused(answer) || answer.status === 0) return;
        }
      }),
    );
    await Promise.race([warm, load]);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await load;

    // Every request got a whole answer (a correct one), or was refused: answered 503 SHUTTING_DOWN on a connection
    // it had open, or not let in at all (connection refused: nothing was sent). None was cut.
    const ok = (a: Answer) => a.status === 200 && a.codes.length === 0;
    expect(answers.filter((a) => !ok(a) && !refused(a))).toEqual([]);
    for (const a of answers.filter((x) => x.shape === 'read' && ok(x))) expect(a.body?.data).toEqual({ node: { name: 'Durrës' }, neighborhood: { truncated: false } });
    // Requests sent after the signal are answered only if the service had not seen it yet: none is served once a
    // refusal has come back.
    const firstRefusal = Math.min(...answers.filter(refused).map((a) => a.at));
    expect(answers.filter((a) => a.at - a.ms > firstRefusal && !refused(a))).toEqual([]);

    // While the stalled request holds the drain open, Neo4j is still up: every write reported done is there, and no refused one.
    const done = [...writes].filter(([, a]) => a.status === 200 && a.codes.length === 0).map(([id]) => id);
    const notDone = [...writes].filter(([, a]) => refused(a)).map(([id]) => id);
    expect(done.length + notDone.length).toBe(writes.size);
    const stored = await checker.db.autoCommit('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids: [...writes.keys()] });
    expect(stored.map((row) => row.id).sort()).toEqual(done.sort());
    await checker.db.close();

    // The health check, on its open connection, says the service is stopping; its connection is then closed.
    expect(await get(balancer, `${base}/health`)).toEqual({ status: 503, connection: 'close', body: { status: 'stopping', error: 'SHUTTING_DOWN', neo4j: null } });

    // The stalled request is closed when the grace period ends; the service stops within its bound (else it would exit 1).
    await stalledClosed;
    expect(await exited).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
  } finally {
    await checker.db?.close();
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 240_000);

test('Start and stop: a bad setting stops the process with one line naming the variable', async () => {
  const child = startMain({ PORT: 'not-a-port' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(1);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^Invalid environment variable PORT="not-a-port"/);
});

test('Start and stop: npm run build compiles the service to dist/, and npm run serve runs it, finding cypher/ and seeds/', async () => {
  const { status, output } = await build;
  // Quiet but for the one line of scripts/ensure-web.js about the explorer's bundle.
  expect([status, output]).toEqual([0, expect.stringMatching(/^\[scn-graph\] (explorer bundle is up to date|built the explorer)[^\n]*\.\n$/)]);
  // The compiled modules look for the project's files in the project folder, not beside themselves in dist/.
  const paths = spawnSync('node', ['-p', `JSON.stringify([require('./dist/src/database/cypherFile').CYPHER_DIR, require('./dist/src/seed/seedsDir').SEEDS_DIR, require('./dist/src/embedded/embeddedNeo4j').LAUNCHER_JAR])`], { cwd: ROOT, encoding: 'utf8' });
  expect(JSON.parse(paths.stdout)).toEqual([join(ROOT, 'cypher'), join(ROOT, 'seeds'), join(ROOT, 'neo4j', 'target', 'scn-neo4j-launcher.jar')]);

  const { uri, user, password, database } = testDatabaseSettings();
  const child = startMain({ PORT: '0', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database ?? '' }, 'serve');
  try {
    const url = (await waitForLine(child, /GraphQL at (http:\/\/\S+\/graphql)/, 60_000))[1];
    const query = '{ node(id: "city:durres") { name } shortestPath(fromId: "partner:isd", toId: "city:aarhus") { length } neighborhood(id: "city:durres") { truncated } }';
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    // ISD runs the network, on whose steering committee Aarhus sits: two steps.
    expect(await res.json()).toEqual({ data: { node: { name: 'Durrës' }, shortestPath: { length: 2 }, neighborhood: { truncated: false } } });

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
});
