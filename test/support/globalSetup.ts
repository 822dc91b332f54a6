import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j';
import { Database } from '../../src/database/database';
import { applySchema } from '../../src/database/applySchema';
import { importSeeds } from '../../src/seed/importSeeds';
import { readSeeds } from '../../src/seed/readSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';
import { PROJECT_ROOT } from '../../src/projectRoot';

export const STATE_FILE = join(tmpdir(), `scn-graph-test-${process.pid}.json`);

/**
 * Starts a throw-away embedded Neo4j on a free port (or, with NEO4J_URI, uses that server, but only
 * when it is empty, so the suite never touches data it did not create), applies the schema and loads the seeds.
 * First it brings the explorer's bundle up to date (scripts/ensure-web.js), so the browser tests test the current web/.
 */
export default async function globalSetup(): Promise<void> {
  const web = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'ensure-web.js')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (web.status !== 0) throw new Error(`scripts/ensure-web.js failed (${web.error?.message ?? `exit code ${web.status}`}): the explorer could not be built`);
  const password = process.env.NEO4J_PASSWORD ?? 'scn-graph-local';
  let uri = process.env.NEO4J_URI;
  let state: Record<string, unknown> = {};
  if (!uri) {
    const dataDir = mkdtempSync(join(tmpdir(), 'scn-graph-neo4j-'));
    const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, password, heap: '768m', pageCache: '64m' });
    uri = neo4j.uri;
    state = { pid: neo4j.pid, dataDir };
    (globalThis as Record<string, unknown>).__scnNeo4j = neo4j;
  }
  process.env.SCN_TEST_NEO4J_URI = uri;
  process.env.SCN_TEST_NEO4J_PASSWORD = password;
  writeFileSync(STATE_FILE, JSON.stringify({ ...state, uri }));

  const db = new Database({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password, database: process.env.NEO4J_DATABASE });
  try {
    const [row] = await db.read('entity-count');
    if (process.env.NEO4J_URI && Number(row?.total ?? 0) > 0) {
      throw new Error(`NEO4J_URI ${uri} already holds data; the tests only run against an empty database (they delete what they create)`);
    }
    await applySchema(db);
    await importSeeds(db, readSeeds(SEEDS_DIR));
  } finally {
    await db.close();
  }
}
