import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../support/isAlive';
import { testDatabaseSettings } from '../support/testDatabase';

// `npm start` as a user runs it: the embedded Neo4j in a fresh data dir, auto-seeded, then SIGTERM to npm.
const ROOT = join(__dirname, '..', '..');

function startMain(env: Record<string, string>, script = 'start'): ChildProcess {
  return spawn('npm', ['run', script, '--silent'], {
    cwd: ROOT,
    // NODE_ENV as a user has it: jest's NODE_ENV=test changes defaults (Apollo's own signal handlers are off under it).
    env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a failed test can kill npm, node and the JVM together.
    detached: true,
  });
}

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

test('Start and stop: serves GraphQL on a seeded embedded Neo4j, and SIGTERM leaves no Java process', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scn-graph-start-'));
  const child = startMain({ PORT: '0', EMBEDDED_NEO4J_DIR: dataDir, EMBEDDED_NEO4J_PORT: '0' });
  try {
    const javaPid = Number((await waitForLine(child, /embedded Neo4j pid (\d+)/, 90_000))[1]);
    const url = (await waitForLine(child, /GraphQL at (http:\/\/\S+\/graphql)/, 90_000))[1];
    expect(isAlive(javaPid)).toBe(true);

    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ node(id: "city:durres") { name } }' }) });
    expect(await res.json()).toEqual({ data: { node: { name: 'Durrës' } } });

    const stopped = waitForLine(child, /"msg":"stopped"/, 60_000);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await stopped;
    expect(await exited).toBe(0);
    expect(isAlive(javaPid)).toBe(false);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});

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
