import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { READ_SHAPES } from '../../ops/soakMix';

// `npm run soak -- --short` as an operator runs it: its own process group, its own service and embedded Neo4j.
const ROOT = join(__dirname, '..', '..');

let soak: ChildProcess | undefined;
let output = '';
/** The soak's service (its own process group, with its JVM), once the soak has printed its pid. */
const servicePid = () => Number(/service up \(pid (\d+)\)/.exec(output)?.[1] ?? 0);

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

afterAll(async () => {
  if (soak && soak.exitCode === null && soak.signalCode === null) {
    const exited = new Promise((resolve) => soak!.once('exit', resolve));
    killGroup(soak.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    killGroup(soak.pid, 'SIGKILL');
  }
  // Whatever is left of the service and its JVM goes too.
  killGroup(servicePid(), 'SIGKILL');
});

test('Soak: a short mixed load of reads, exports (some aborted) and writes gets every answer, loses no write and keeps the service\'s memory flat', async () => {
  soak = spawn('npm', ['run', 'soak', '--silent', '--', '--short'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  soak.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  soak.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => soak!.once('exit', resolve));
  const last = output.trim().split('\n').pop() ?? '';
  expect({ code, tail: code === 0 ? '' : output.slice(-3000) }).toEqual({ code: 0, tail: '' });

  const { soak: result } = JSON.parse(last);
  expect(result.passed).toBe(true);
  expect(result.overall.requests).toBeGreaterThan(200);
  // Every shape of the mix was asked, and every export kind happened, aborted downloads included.
  const shapes = Object.keys(result.byShape);
  for (const shape of [...READ_SHAPES.map((s) => s.name), 'export: whole graph', 'export: aborted', 'export: neighbourhood']) expect(shapes).toContain(shape);
  expect(result.invariants).toMatchObject({ fiveXx: 0, hangs: 0, failedReads: 0, internalErrors: 0, exportSlotsHeld: 0, lost: 0, phantom: 0, rssFlat: true });
  expect(result.writes.done).toBeGreaterThanOrEqual(1);
  expect(result.writes.inDatabase).toBe(result.writes.done);
  expect(result.rss.warmMb).toBeGreaterThan(0);
  expect(result.rss.peakMb).toBeGreaterThanOrEqual(result.rss.warmMb);
  expect(result.rss.endMb).toBeGreaterThan(0);
  expect(result.rss.rule).toMatch(/end RSS/);
}, 240_000);
