// npm run export-memory [-- --relationships N] [-- --ts]: the service's memory (RSS) around large exports and
// aborted downloads. Starts the service (compiled to dist/; with --ts, src/main.ts through ts-node) on its own embedded Neo4j,
// loads a generated network (bench/generateGraph.ts, 100,000 relationships by default), then runs two rounds of
// 10 whole-graph exports read to the end (GraphML, JSON, CSV in turn) and 10 downloads cancelled after their first
// 200 kB; after each cancelled one, a small export must be served whole at once. Prints RSS at the start, after each
// round and at the peak; exits 1 when an export fails or the RSS after the second round is more than 10 % above the
// first round's (memory that grows with every export).
import { performance } from 'node:perf_hooks';
import { generateGraph } from '../bench/generateGraph';
import { loadGenerated } from '../bench/loadGraph';
import { buildService, ChildService, startChildService } from './harness/childService';
import { openServiceDatabase } from './harness/opsKey';

const FORMATS = ['graphml', 'json', 'csv'] as const;
const ROUNDS = 2;
const PER_ROUND = 10;
const CANCEL_AFTER_BYTES = 200_000;
/** How much the RSS may grow from the first round to the second before it counts as a leak. */
const GROWTH_ALLOWED = 0.1;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] ?? '' : undefined;
}

/** Reads a whole export; returns its size, or throws naming what went wrong. */
async function exportWhole(base: string, format: string): Promise<number> {
  const res = await fetch(`${base}/export?format=${format}`);
  if (res.status !== 200) throw new Error(`export ${format}: status ${res.status} ${await res.text()}`);
  return (await res.arrayBuffer()).byteLength;
}

/** Starts an export and cancels it after `bytes`; then a small export must be served whole. */
async function cancelledExport(base: string, format: string): Promise<void> {
  const cancel = new AbortController();
  const res = await fetch(`${base}/export?format=${format}`, { signal: cancel.signal });
  if (res.status !== 200) throw new Error(`export ${format} to cancel: status ${res.status}`);
  const body = res.body!.getReader();
  for (let read = 0; read < CANCEL_AFTER_BYTES; ) {
    const chunk = await body.read();
    if (chunk.done) break;
    read += chunk.value.length;
  }
  cancel.abort();
  for (;;) {
    const next = await fetch(`${base}/export?format=json&id=city:durres`);
    const text = await next.text();
    if (next.status === 429) continue; // its place is being freed
    if (next.status !== 200 || !text.includes('"city:durres"')) throw new Error(`export after a cancelled one: status ${next.status} ${text.slice(0, 200)}`);
    return;
  }
}

async function main(): Promise<void> {
  const relationships = Number(option('relationships') ?? 100_000);
  const compiled = option('ts') === undefined;
  if (compiled) buildService();
  const service: ChildService = await startChildService({
    compiled,
    env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000' },
  });
  let failed = false;
  try {
    const db = openServiceDatabase(service);
    const loadStarted = performance.now();
    try {
      await loadGenerated(db, generateGraph(relationships).files, new Map());
    } finally {
      await db.close();
    }
    console.log(`export-memory: loaded ${relationships} generated relationships in ${Math.round((performance.now() - loadStarted) / 1000)} s`);
    const start = service.rss()!;
    const figures: Record<string, number> = { startMb: start.rssMb };
    let bytes = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (let i = 0; i < PER_ROUND; i += 1) {
        bytes += await exportWhole(service.base, FORMATS[i % FORMATS.length]);
        await cancelledExport(service.base, FORMATS[i % FORMATS.length]);
      }
      figures[`afterRound${round}Mb`] = service.rss()!.rssMb;
    }
    const end = service.rss()!;
    figures.peakMb = end.peakMb;
    console.log(`export-memory: ${ROUNDS * PER_ROUND} whole exports (${Math.round(bytes / 1e6)} MB in all) and ${ROUNDS * PER_ROUND} cancelled downloads`);
    console.log(`export-memory: RSS ${JSON.stringify(figures)}`);
    if (figures[`afterRound${ROUNDS}Mb`] > figures.afterRound1Mb * (1 + GROWTH_ALLOWED)) {
      console.error(`export-memory: RSS grew from ${figures.afterRound1Mb} MB to ${figures[`afterRound${ROUNDS}Mb`]} MB between the rounds`);
      failed = true;
    }
  } catch (error) {
    console.error(`export-memory: ${(error as Error).message}`);
    failed = true;
  } finally {
    const code = await service.stop();
    if (code !== 0) {
      console.error(`export-memory: the service exited with ${code} on SIGTERM`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
