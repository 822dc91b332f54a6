import { readFileSync, rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j';
import { Database } from '../../src/database/database';

/** Stops the embedded Neo4j and deletes its data; against NEO4J_URI, deletes what the suite created. */
export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as Record<string, unknown>).__scnNeo4j as EmbeddedNeo4j | undefined;
  if (neo4j) {
    await neo4j.stop();
    const { STATE_FILE } = await import('./globalSetup');
    const { dataDir } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { dataDir?: string };
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(STATE_FILE, { force: true });
    return;
  }
  const uri = process.env.SCN_TEST_NEO4J_URI;
  if (!uri) return;
  const db = new Database({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.SCN_TEST_NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE });
  try {
    await db.autoCommit('MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await db.close();
  }
}
