import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { generateGraph, UNITS_PER_FILE } from '../../bench/generateGraph';
import { readSeeds } from '../../src/seed/readSeeds';

const json = (graph: ReturnType<typeof generateGraph>) => JSON.stringify(graph.files);

test('Graph generator: the same seed and size give the same files, another seed other ones', () => {
  expect(json(generateGraph(3_000, 7))).toBe(json(generateGraph(3_000, 7)));
  expect(json(generateGraph(3_000, 8))).not.toBe(json(generateGraph(3_000, 7)));
});

test('Graph generator: its files pass the seed-file validation, relationship ends and kinds included', () => {
  const dir = mkdtempSync(join(os.tmpdir(), 'scn-generated-'));
  try {
    // About 12 relationships a city unit: three unit files and the pools.
    const graph = generateGraph(UNITS_PER_FILE * 12 * 3);
    expect(graph.files.length).toBeGreaterThan(2);
    for (const file of graph.files) writeFileSync(join(dir, file.name), JSON.stringify(file.data));
    const counts = (files: { name: string; relationships: number }[]) => Object.fromEntries(files.map((f) => [f.name, f.relationships]));
    const read = readSeeds(dir).map((f) => ({ name: basename(f.path), relationships: f.data.relationships.length }));
    expect(counts(read)).toEqual(counts(graph.files.map((f) => ({ name: f.name, relationships: f.data.relationships.length }))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Graph generator: it reaches the size asked for, and counts what it made', () => {
  const graph = generateGraph(20_000);
  const relationships = graph.files.reduce((n, f) => n + f.data.relationships.length, 0);
  const entities = graph.files.reduce((n, f) => n + f.data.entities.length + 1, 0);
  expect(graph.relationships).toBe(relationships);
  expect(graph.entities).toBe(entities);
  // At least the size, and past it by less than one city unit (a city with three workshops: at most 25).
  expect(relationships).toBeGreaterThanOrEqual(20_000);
  expect(relationships).toBeLessThan(20_025);
});

test('Graph generator: a larger graph begins with the smaller one, so growing a loaded graph only adds', () => {
  const small = generateGraph(8_000);
  const large = generateGraph(30_000);
  small.files.forEach((file, i) => {
    const grown = large.files[i].data;
    expect(grown.source).toEqual(file.data.source);
    expect(grown.entities.slice(0, file.data.entities.length)).toEqual(file.data.entities);
    expect(grown.relationships.slice(0, file.data.relationships.length)).toEqual(file.data.relationships);
  });
  expect(large.files.length).toBeGreaterThan(small.files.length);
});
