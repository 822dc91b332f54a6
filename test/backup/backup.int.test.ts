import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Record as Neo4jRecord } from 'neo4j-driver';
import { canonicalJson } from '../../src/curation/canonicalJson';
import { createSource } from '../../src/curation/entityWrites';
import { cypherFile } from '../../src/database/cypherFile';
import { Database } from '../../src/database/database';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j';
import { readGraph } from '../../src/backup/readGraph';
import { restoreDump } from '../../src/backup/restoreDump';
import { writeDump } from '../../src/backup/writeDump';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { createTestKey } from '../support/apiKeys';
import { runFixture } from '../support/cypherFixture';
import { isAlive } from '../support/isAlive';
import { openTestDatabase, testDatabaseSettings } from '../support/testDatabase';

// Backup and restore: the shared seeded database is backed up (read only) with `npm run backup`, and restored into an
// empty Neo4j of this file's own (started once, stopped in afterAll), which the later tests write to and empty.

const PASSWORD = 'backup-test-password';
const SAMPLE_ENTITY = 'summit:scn-global-summit-2016';

let dir: string;
let neo4j: EmbeddedNeo4j | undefined;
let shared: Database;
let own: Database;
/** The dump of the shared seeded database, written by `npm run backup`. */
let seedDump: string;
let backupRun: { code: number; stdout: string; stderr: string };

async function npmRun(script: 'backup' | 'restore', file: string, url: string, password: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', script, '--', file, '--url', url], { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_PASSWORD: password } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Nodes by label, relationships by type and the number of nodes, as Neo4j counts them. */
async function counts(db: Database) {
  return (await runFixture(db, 'backup-counts'))[0];
}

/** Every property of the nodes with `label`, as the driver gives them (types kept), with Neo4j's name of each type. */
async function typedProperties(db: Database, label: string) {
  const { records } = await db.driver.executeQuery('MATCH (n:$($label)) RETURN properties(n) AS properties, [k IN keys(n) | [k, valueType(n[k])]] AS types', { label });
  const nodes = records.map((r: Neo4jRecord) => ({ properties: r.get('properties') as unknown, types: (r.get('types') as string[][]).sort() }));
  return nodes.sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b)));
}

/** A copy of the seed dump with its decompressed text changed by `edit`. */
function editedDump(name: string, edit: (lines: string[]) => string[]): string {
  const path = join(dir, name);
  const lines = gunzipSync(readFileSync(seedDump)).toString('utf8').trimEnd().split('\n');
  writeFileSync(path, gzipSync(`${edit(lines).join('\n')}\n`));
  return path;
}

async function emptyOwnDatabase(): Promise<void> {
  await own.autoCommit(cypherFile('restore-clear'));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scn-graph-backup-'));
  seedDump = join(dir, 'seed.dump.gz');
  shared = openTestDatabase();
  const settings = testDatabaseSettings();
  // The command-line backup runs while the second Neo4j starts.
  [backupRun, neo4j] = await Promise.all([
    npmRun('backup', seedDump, settings.uri, settings.password),
    startEmbeddedNeo4j({ dataDir: join(dir, 'neo4j'), port: 0, password: PASSWORD, heap: '384m', pageCache: '32m' }),
  ]);
  own = new Database({ uri: neo4j.uri, user: 'neo4j', password: PASSWORD });
}, 120_000);

afterAll(async () => {
  await own?.close();
  await shared?.close();
  const pid = neo4j?.pid;
  await neo4j?.stop();
  if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

test('Backup: npm run backup dumps the seeded graph, and a restore into an empty database gives the same counts, checksum and evidence', async () => {
  expect(backupRun).toMatchObject({ code: 0, stderr: '' });
  const printed = /^backup: .*seed\.dump\.gz: (\d+) nodes \(.*\) and (\d+) relationships \(.*\); checksum (sha256:[0-9a-f]{64})\n$/.exec(backupRun.stdout);
  expect(printed).not.toBeNull();

  const restored = await restoreDump(own, seedDump);
  const sharedCounts = await counts(shared);
  expect(await counts(own)).toEqual(sharedCounts);
  expect(Number(sharedCounts.nodes)).toBeGreaterThan(100);
  expect([restored.counts.nodes, restored.counts.relationships]).toEqual([Number(printed![1]), Number(printed![2])]);

  // The checksum the backup printed, computed again from each database, and the test suite's own hash of the graph.
  const [fromShared, fromOwn] = await Promise.all([readGraph(shared), readGraph(own)]);
  expect([fromShared.checksum, fromOwn.checksum, restored.checksum]).toEqual([printed![3], printed![3], printed![3]]);
  expect(await runFixture(own, 'graph-checksum')).toEqual(await runFixture(shared, 'graph-checksum'));

  // A sample entity's evidence and claims, and its properties, as stored.
  const [sharedSample, ownSample] = await Promise.all([shared, own].map(async (db) => (await db.autoCommit('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id: SAMPLE_ENTITY }))[0].p as Record<string, unknown[]>));
  expect(ownSample).toEqual(sharedSample);
  expect(ownSample.evidenceSourceIds.length).toBeGreaterThan(1);
  expect(ownSample.claimValues.length).toBeGreaterThan(1);
});

test('Backup: restore refuses a database that is not empty, naming what it holds, and changes nothing', async () => {
  const before = await counts(own);
  await expect(restoreDump(own, seedDump)).rejects.toThrow(/^the database is not empty: it holds \d+ nodes \(Entity \d+, .*\) and \d+ relationships; a restore loads only into an empty database/);
  expect(await counts(own)).toEqual(before);
});

test('Backup: a write committed while the graph is read is noticed, and the graph read again', async () => {
  let writes = 0;
  const read = await readGraph(own, {
    async node() {
      if (writes === 0) await runFixture(own, 'create-backup-write', { at: (writes += 1) });
    },
  });
  expect(read.attempts).toBe(2);
  expect(read.counts.labels.BackupConcurrentWrite).toBe(1);
  expect(read.checksum).toBe((await readGraph(own)).checksum);
});

test('Backup: history, API keys and every kind of property value survive a backup and a restore through npm run restore', async () => {
  await createTestKey(own, 'editor', 'backup test editor');
  await createSource(own, { keyId: 'test', name: 'backup test' }, { id: 'source:backup-test', name: 'Backup test page', documentType: 'web page', address: 'https://example.org/backup', title: 'Backup test page', publisher: 'Example publisher' });
  await runFixture(own, 'create-backup-values', { bytes: new Int8Array([0, 1, -1, 127, -128]) });
  const values = await typedProperties(own, 'BackupValues');
  const keys = await typedProperties(own, 'ApiKey');
  const changes = await typedProperties(own, 'Change');
  const before = await counts(own);
  const file = join(dir, 'own.dump.gz');
  const written = await writeDump(own, file);

  await emptyOwnDatabase();
  expect((await counts(own)).nodes).toBe(0);
  const run = await npmRun('restore', file, neo4j!.uri, PASSWORD);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toMatch(new RegExp(`^restore: .*own\\.dump\\.gz: restored ${before.nodes} nodes \\(.*\\) and \\d+ relationships .*; checksum ${written.checksum} verified\\n$`));

  expect(await counts(own)).toEqual(before);
  expect(keys.map((k) => k.properties)).toContainEqual(expect.objectContaining({ name: 'backup test editor', hash: expect.any(String), salt: expect.any(String) }));
  expect(changes.length).toBeGreaterThan(0);
  expect(await typedProperties(own, 'ApiKey')).toEqual(keys);
  expect(await typedProperties(own, 'Change')).toEqual(changes);
  // Exactly the same values and types: integers past 2^53, whole floats, -0, NaN, ±Infinity, temporal values, points, bytes, empty lists.
  expect(values[0].types).toEqual(expect.arrayContaining([['bigInt', 'INTEGER NOT NULL'], ['wholeFloat', 'FLOAT NOT NULL'], ['emptyList', 'LIST<NOTHING> NOT NULL'], ['zonedDateTime', 'ZONED DATETIME NOT NULL']]));
  const restoredValues = await typedProperties(own, 'BackupValues');
  expect(restoredValues).toEqual(values);
  const restored = restoredValues[0].properties as { negativeZero: number; nan: number; bytes: unknown };
  expect([Object.is(restored.negativeZero, -0), Number.isNaN(restored.nan), restored.bytes]).toEqual([true, true, new Int8Array([0, 1, -1, 127, -128])]);
  expect((await readGraph(own)).checksum).toBe(written.checksum);
});

test('Backup: restore refuses a dump of a newer format version, saying so', async () => {
  const newer = editedDump('newer.dump.gz', ([header, ...rest]) => [header.replace('"version":1,', '"version":2,'), ...rest]);
  await expect(restoreDump(own, newer)).rejects.toThrow('made by a newer SCN Graph: format version 2, this one reads up to 1');
});

test('Backup: a truncated, a tampered or a foreign file is refused, and the emptied database is left empty', async () => {
  await emptyOwnDatabase();
  const empty = await counts(own);
  expect(empty.nodes).toBe(0);
  const compressed = readFileSync(seedDump);
  const cut = join(dir, 'cut.dump.gz');
  writeFileSync(cut, compressed.subarray(0, Math.floor(compressed.length * 0.8)));
  const noTrailer = editedDump('no-trailer.dump.gz', (lines) => lines.slice(0, -1));
  const tampered = editedDump('tampered.dump.gz', (lines) => lines.map((line) => line.replace('"name":"Durrës"', '"name":"Durres"')));
  expect(readFileSync(tampered)).not.toEqual(compressed);
  const refusals: [string, RegExp][] = [
    [cut, /^the dump is truncated: its gzip data ends in the middle .*; nothing was kept: the database is empty again$/],
    [noTrailer, /^the dump is truncated: it ends without its trailer, after \d+ nodes and \d+ relationships; nothing was kept: the database is empty again$/],
    [tampered, /^checksum mismatch: the dump's trailer says sha256:\w+, the restored graph gives sha256:\w+: the dump was altered or damaged; nothing was kept: the database is empty again$/],
    [join(PROJECT_ROOT, 'package.json'), /^not an SCN Graph dump, or a damaged one: it is not gzip data/],
  ];
  for (const [file, message] of refusals) {
    await expect(restoreDump(own, file)).rejects.toThrow(message);
    expect({ file, counts: await counts(own) }).toEqual({ file, counts: empty });
  }
});
