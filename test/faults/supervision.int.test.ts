import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../support/isAlive';

// `npm start` as a user runs it. With EMBEDDED_NEO4J_MAX_RESTARTS=0 the first death of the JVM is one quick
// failure too many: the service says so and exits non-zero, so that an outer supervisor can take over.
const ROOT = join(__dirname, '..', '..');

test('Supervision: when the embedded Neo4j keeps dying the service gives up and exits non-zero', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'scn-graph-giveup-'));
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', PORT: '0', EMBEDDED_NEO4J_DIR: dataDir, EMBEDDED_NEO4J_PORT: '0', EMBEDDED_NEO4J_MAX_RESTARTS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    const deadline = Date.now() + 120_000;
    while (!/GraphQL at http/.test(output) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    const javaPid = Number(/embedded Neo4j pid (\d+)/.exec(output)?.[1]);
    expect(isAlive(javaPid)).toBe(true);

    process.kill(javaPid, 'SIGKILL');
    const stillRunning = new Promise<string>((resolve) => setTimeout(() => resolve('still running 30 s after the JVM died'), 30_000).unref());
    expect(await Promise.race([exited, stillRunning])).toBe(1);
    expect(output).toMatch(new RegExp(`embedded Neo4j \\(pid ${javaPid}\\) exited unexpectedly \\(SIGKILL\\)`));
    expect(output).toMatch(/giving up after 1 quick failures in a row/);
    expect(output).toMatch(/"level":60.*embedded Neo4j keeps failing: giving up/);
    expect(output).not.toMatch(/restarting in/);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);
