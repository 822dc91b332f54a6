import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm run chaos -- --short` as an operator runs it: the service with its own embedded Neo4j, 16 clients reading
// and 2 writing while Neo4j is killed (SIGKILL) and restarted by the supervisor. The run checks its invariants
// itself (and exits 1 when one breaks); this test also reads its figures, the last line `CHAOS {json}`.

const ROOT = join(__dirname, '..', '..');
let chaos: ChildProcess | undefined;
let servicePid: number | undefined;
const output: string[] = [];

function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

afterAll(async () => {
  if (chaos && chaos.exitCode === null && chaos.signalCode === null) {
    // Still running (the test failed or timed out): its own clean-up first, then whatever is left of both groups.
    chaos.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    killGroup(chaos.pid);
  }
  killGroup(servicePid);
});

test('Chaos: Neo4j killed under 16 readers and 2 writers loses no write, invents none, answers every request clearly and recovers', async () => {
  // The service's log, so that a failure names the Neo4j codes behind the answers.
  const logDir = mkdtempSync(join(tmpdir(), 'scn-graph-chaos-log-'));
  const serviceLog = join(logDir, 'service.log');
  chaos = spawn('npm', ['run', 'chaos', '--', '--short', '--service-log', serviceLog], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    servicePid ??= Number(/service pid (\d+)/.exec(output.join(''))?.[1]) || undefined;
  };
  chaos.stdout!.on('data', onData);
  chaos.stderr!.on('data', onData);
  const code = await new Promise<number | null>((resolve) => chaos!.once('exit', resolve));
  const text = output.join('');
  const line = text.split('\n').reverse().find((l) => l.startsWith('CHAOS '));
  const neo4jCodes = code === 0 ? undefined : [...new Set((existsSync(serviceLog) ? readFileSync(serviceLog, 'utf8') : '').match(/"neo4jCode":"[^"]+"/g) ?? [])];
  rmSync(logDir, { recursive: true, force: true });
  expect({ code, invariants: text.split('\n').filter((l) => l.startsWith('FAIL')), neo4jCodes }).toEqual({ code: 0, invariants: [] });
  const figures = JSON.parse(line!.slice('CHAOS '.length)) as {
    kills: number; writes: { done: number; failed: number }; lost: number; phantom: number; fiveHundredOther: number; hangs: number; wrongData: number; recovered: boolean;
  };
  console.log(text.slice(text.indexOf('Chaos run figures')));
  expect(figures.kills).toBeGreaterThanOrEqual(1);
  expect(figures.writes.done).toBeGreaterThanOrEqual(1);
  expect({ lost: figures.lost, phantom: figures.phantom, fiveHundredOther: figures.fiveHundredOther, hangs: figures.hangs, wrongData: figures.wrongData, recovered: figures.recovered }).toEqual({
    lost: 0, phantom: 0, fiveHundredOther: 0, hangs: 0, wrongData: 0, recovered: true,
  });
}, 360_000);
