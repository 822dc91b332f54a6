/**
 * The tables of bench/results/README.md, rendered from a run's report: `npm run bench` writes them to
 * bench/results/latest.md next to latest.json, so a later run's figures can replace the README's as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Cell {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
}

export interface ReportForTables {
  date: string;
  elapsedSeconds: number;
  machine: { cpus: number; cpuModel?: string; memoryGiB: number; loadAverage1m: { start: number; end: number } };
  scale: { entities: number; relationships: number };
  shapes: ({ shape: string; concurrency: number; oursToLibrary: number; oursToHttpFloor: number; oursToFloor: number } & Record<'ours' | 'library' | 'floor' | 'httpFloor', Cell>)[];
  checks: { shape: string; values: number; answers: Record<string, string>; ours: { statements: number }; library: { statements: number } }[];
  sweep: { shape: string; relationships: number; p50: number; p95: number; library?: Cell; floor?: Cell }[];
  rss: { relationships: number; clients: number; seconds: number; peakRssMb: number; idleRssMb: number; load: { rps: number; errors: number } }[];
  loads: { relationships: number; seconds: number }[];
}

const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const thousands = (n: number) => n.toLocaleString('en-US');

export function markdownTables(r: ReportForTables): string {
  const errors = (row: ReportForTables['shapes'][number]) => row.ours.errors + row.library.errors + row.floor.errors + row.httpFloor.errors;
  const sizes = [...new Set(r.sweep.map((s) => s.relationships))];
  const sweepShapes = [...new Set(r.sweep.map((s) => s.shape))];
  return [
    `Run of ${r.date.slice(0, 10)}, ${r.elapsedSeconds} s in all; ${r.machine.cpus} cores (${r.machine.cpuModel ?? 'unknown CPU'}), ` +
      `${r.machine.memoryGiB} GiB; 1-minute load average ${r.machine.loadAverage1m.start} at the start, ${r.machine.loadAverage1m.end} at the end. ` +
      `Shapes compared on ${thousands(r.scale.entities)} entities and ${thousands(r.scale.relationships)} relationships.`,
    '',
    '**Throughput (requests/s) and latency per side.** Ratios are ours ÷ library and ours ÷ HTTP floor in requests/s: above 1 favours ours.',
    '',
    table(
      ['shape', 'conc', 'ours req/s', 'library req/s', 'floor req/s', 'HTTP floor req/s', 'ours p50 / p95 ms', 'library p50 / p95 ms', 'HTTP floor p50 ms', 'ours ÷ library', 'ours ÷ HTTP floor', 'errors'],
      r.shapes.map((s) => [
        s.shape,
        s.concurrency,
        s.ours.rps,
        s.library.rps,
        s.floor.rps,
        s.httpFloor.rps,
        `${s.ours.p50} / ${s.ours.p95}`,
        `${s.library.p50} / ${s.library.p95}`,
        s.httpFloor.p50,
        `**${s.oursToLibrary}**`,
        `**${s.oursToHttpFloor}**`,
        errors(s),
      ]),
    ),
    '',
    '**Answers** (each side against ours, value for value) **and statements per request.**',
    '',
    table(
      ['shape', 'values compared', 'library', 'floor', 'HTTP floor', 'ours: statements', 'library: statements'],
      r.checks.map((c) => [c.shape, c.values, c.answers.library, c.answers.floor, c.answers.httpFloor, c.ours.statements, c.library.statements]),
    ),
    '',
    '**Size sweep** (one request at a time; p50 / p95 ms; the library and the in-process floor for comparison). Relationships are the whole graph, seeds included.',
    '',
    table(
      ['shape', 'side', ...sizes.map(thousands), `p50 ${thousands(sizes.at(-1)!)} ÷ ${thousands(sizes[0])}`],
      sweepShapes.flatMap((shape) => {
        const at = (size: number) => r.sweep.find((s) => s.shape === shape && s.relationships === size)!;
        const sides: [string, (size: number) => { p50: number; p95: number } | undefined][] = [
          ['ours', at],
          ['library', (size) => at(size).library],
          ['floor', (size) => at(size).floor],
        ];
        return sides
          .filter(([, get]) => sizes.every((size) => get(size)))
          .map(([side, get]) => {
            const growth = Math.round((get(sizes.at(-1)!)!.p50 / get(sizes[0])!.p50) * 100) / 100;
            return [shape, side, ...sizes.map((size) => `${get(size)!.p50} / ${get(size)!.p95}`), side === 'ours' ? `**${growth}**` : growth];
          });
      }),
    ),
    '',
    `Loading the generated graph: ${r.loads.map((l) => `${thousands(l.relationships)} relationships in ${l.seconds} s`).join('; ')} (each step adds to the one before).`,
    '',
    '**Our service\'s memory** (a child process of its own, every shape sent by 32 clients at once).',
    '',
    table(
      ['relationships', 'clients', 'seconds', 'peak RSS MB', 'idle RSS MB', 'req/s', 'errors'],
      r.rss.map((x) => [thousands(x.relationships), x.clients, x.seconds, `**${x.peakRssMb}**`, x.idleRssMb, x.load.rps, x.load.errors]),
    ),
  ].join('\n');
}

if (require.main === module) {
  // `node -r ts-node/register/transpile-only bench/markdownTables.ts [report.json]`: the tables of an earlier run.
  const file = process.argv[2] ?? join(__dirname, 'results', 'latest.json');
  console.log(markdownTables(JSON.parse(readFileSync(file, 'utf8')) as ReportForTables));
}
