/**
 * The soak's verdict: the memory rule ("flat"), the invariants over every answer and write, a table, and the
 * final JSON line (what `test/ops/soak.int.test.ts` and scripts read).
 */
import { percentile } from '../bench/measure';
import { CUT } from './harness/download';
import { NO_ANSWER, type Answer, type Tally } from './harness/load';

export interface RssSample {
  phase: 'warm-up' | 'load' | 'pause';
  at: number;
  rssMb: number;
}

/**
 * Flat, against the service's RSS once warm (the median of the warm-up's last 3 samples). In a full run, two parts:
 * after the load and a pause, RSS is at most `end` above it (what the load took was given back, or at least did not
 * keep growing), and during the load RSS did not climb: the median of the load's last third of samples is at most
 * `climb` above the median of its first third. A short run's 30 s are too short for V8 to settle on its heap (its
 * RSS was measured climbing from 180 to 255 MB in them, where five minutes of the full run stayed within 292–316 MB),
 * so there the climb is reported, not judged, and only a gross leak breaks the rule.
 */
export interface FlatRule {
  end: { mb: number; percent: number };
  climb?: { mb: number; percent: number };
}

export const FLAT_RULES: Record<'full' | 'short', FlatRule> = {
  full: { end: { mb: 64, percent: 50 }, climb: { mb: 32, percent: 20 } },
  short: { end: { mb: 128, percent: 100 } },
};

function describe(rule: FlatRule): string {
  const end = `end RSS (after the load and the pause) <= warm RSS + max(${rule.end.mb} MB, ${rule.end.percent} %)`;
  const climb = rule.climb
    ? `, and median RSS of the load's last third <= median of its first third + max(${rule.climb.mb} MB, ${rule.climb.percent} %)`
    : " (the load's climb is shown, not judged, in a short run)";
  return `${end}${climb}; sampled every second`;
}

export interface RssFigures {
  warmMb: number;
  peakMb: number;
  endMb: number;
  firstThirdMb: number;
  lastThirdMb: number;
  /** Median RSS of each tenth of the load, in order: the shape of the run. */
  windowsMb: number[];
  samples: number;
  rule: string;
  flat: boolean;
}

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
const allowance = (base: number, a: { mb: number; percent: number }) => Math.max(a.mb, (base * a.percent) / 100);

export function checkFlat(samples: RssSample[], endMb: number, hwmMb: number, rule: FlatRule): RssFigures {
  const warm = median(samples.filter((s) => s.phase === 'warm-up').slice(-3).map((s) => s.rssMb));
  const load = samples.filter((s) => s.phase === 'load').map((s) => s.rssMb);
  const third = Math.max(1, Math.floor(load.length / 3));
  const [first, last] = [median(load.slice(0, third)), median(load.slice(-third))];
  const peak = Math.max(hwmMb, ...samples.map((s) => s.rssMb));
  const flat = endMb <= warm + allowance(warm, rule.end) && (!rule.climb || last <= first + allowance(first, rule.climb));
  const tenth = load.length / 10;
  const windowsMb = load.length >= 10 ? Array.from({ length: 10 }, (_, i) => median(load.slice(Math.round(i * tenth), Math.round((i + 1) * tenth)))) : [];
  return { warmMb: warm, peakMb: peak, endMb, firstThirdMb: first, lastThirdMb: last, windowsMb, samples: samples.length, rule: describe(rule), flat: Number.isFinite(warm + first + last + endMb) && flat };
}

/** What a run produced (ops/soak.ts). */
export interface SoakResult {
  mode: 'short' | 'full';
  graph: { relationships: number; entities: number; loadSeconds: number };
  clients: { readers: number; curators: number; exporters: number; thinkMs: number };
  loadSeconds: number;
  warmup: Tally;
  overall: Tally;
  byShape: Record<string, Tally>;
  /** Every write and what its client was told; not printed. */
  writeLog: unknown[];
  /** Every answer, warm-up included (the invariants hold for all of them); not printed. */
  all: (Answer & { maxGapMs?: number })[];
  rss: RssFigures;
  /** Error and fatal lines of the service's log (shown; a 5xx behind them already breaks the run). */
  serviceErrors: { count: number; messages: Record<string, number> };
  writes: { done: number; failed: number; unknown: number; retried: number; inDatabase: number; lost: number; phantom: number; examples: string[] };
  seconds: number;
}

/** Prints the table and the final JSON line; returns the exit code (1 when an invariant broke). */
export function printReport(result: SoakResult, settings: { exporters: number }, limits: { hangMs: number; maxExportsAtOnce: number }): number {
  const { all, writeLog, ...shown } = result;
  const isDownload = (a: (typeof all)[number]) => a.maxGapMs !== undefined;
  const refusedExports = all.filter((a) => a.codes.includes('TOO_MANY_EXPORTS')).length;
  const invariants = {
    fiveXx: all.filter((a) => a.status >= 500).length,
    // No answer at all, a download cut off, or a wait past the deadline and margin (for a download: between two chunks).
    hangs: all.filter((a) => a.codes.includes(NO_ANSWER) || a.codes.includes(CUT) || (isDownload(a) ? a.maxGapMs! : a.ms) > limits.hangMs).length,
    // Reads and downloads the service should have answered (writes are judged by the write check).
    failedReads: all.filter((a) => !a.shape.startsWith('write') && a.status !== 0 && a.status < 500 && (a.status !== 200 || a.codes.length > 0) && !a.codes.includes('TOO_MANY_EXPORTS')).length,
    // A write (or anything) answered with an internal error: a defect, whatever the write check says.
    internalErrors: all.filter((a) => a.codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'NO_CODE' || code === 'NOT_JSON')).length,
    // Fewer exporters than export slots: a refusal means an ended download kept its slot.
    exportSlotsHeld: settings.exporters < limits.maxExportsAtOnce ? refusedExports : 0,
    lost: result.writes.lost,
    phantom: result.writes.phantom,
    rssFlat: result.rss.flat,
    writesDone: result.writes.done,
  };
  const broken = [
    invariants.fiveXx > 0 && `${invariants.fiveXx} answers were 5xx`,
    invariants.hangs > 0 && `${invariants.hangs} requests hung (no answer or slower than ${limits.hangMs} ms) or were cut`,
    invariants.failedReads > 0 && `${invariants.failedReads} reads or downloads failed`,
    invariants.internalErrors > 0 && `${invariants.internalErrors} answers were internal errors`,
    invariants.exportSlotsHeld > 0 && `${invariants.exportSlotsHeld} exports refused with ${settings.exporters} exporters for ${limits.maxExportsAtOnce} slots`,
    invariants.lost > 0 && `${invariants.lost} writes reported done are missing`,
    invariants.phantom > 0 && `${invariants.phantom} writes not reported done are in the database`,
    !invariants.rssFlat && 'RSS was not flat',
    invariants.writesDone < 1 && 'no write was done',
  ].filter((b): b is string => typeof b === 'string');

  const row = (name: string, t: Tally) =>
    `${name.padEnd(24)} ${String(t.requests).padStart(7)} ${String(t.p50Ms).padStart(7)} ${String(t.p99Ms).padStart(7)} ${String(t.maxMs).padStart(7)}  ${Object.entries(t.byOutcome)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}`;
  console.log(`\n${'shape'.padEnd(24)} ${'answers'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}  outcomes`);
  for (const [name, t] of Object.entries(result.byShape)) console.log(row(name, t));
  console.log(row('all (load)', result.overall));
  const { rss, writes } = result;
  console.log(`\nRSS of the service: warm ${rss.warmMb} MB, peak ${rss.peakMb} MB, end ${rss.endMb} MB (load: first third ${rss.firstThirdMb} MB, last third ${rss.lastThirdMb} MB; by tenths ${rss.windowsMb.join(' ')} MB)`);
  console.log(`flat rule: ${rss.rule}: ${rss.flat ? 'held' : 'BROKEN'}`);
  console.log(`writes: ${writes.done} done, ${writes.failed} failed, ${writes.unknown} unknown, ${writes.retried} retried; ${writes.inDatabase} in the database; lost ${writes.lost}, phantom ${writes.phantom}`);
  for (const example of writes.examples) console.log(`  ${example}`);
  console.log(`service log: ${result.serviceErrors.count} error lines`);
  for (const [message, count] of Object.entries(result.serviceErrors.messages).slice(0, 10)) console.log(`  ${count} × ${message}`);
  console.log(broken.length ? `SOAK FAILED: ${broken.join('; ')}` : 'soak passed: every invariant held');
  console.log(JSON.stringify({ soak: { ...shown, invariants, passed: broken.length === 0, broken } }));
  return broken.length ? 1 : 0;
}
