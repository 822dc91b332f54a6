import { resolve } from 'node:path';
import { superviseEmbeddedNeo4j, SupervisedNeo4j } from '../embedded/embeddedNeo4j';
import { Database } from './database';

/** What connecting needs to know; the service's configuration (src/config) has all of it. */
export interface ConnectionSettings {
  neo4jUri?: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase?: string;
  embeddedDir: string;
  embeddedPort: number;
  embeddedHeap: string;
  embeddedPageCache: string;
  embeddedMaxRestarts: number;
  requestTimeoutMs: number;
  neo4jTxTimeoutMs: number;
}

export type LogLine = (line: string, level?: 'info' | 'warn' | 'error') => void;

export interface DatabaseConnection {
  db: Database;
  /** The embedded Neo4j this process started (and restarts when it dies), if any. */
  embedded: SupervisedNeo4j | null;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the embedded Neo4j under supervision (restarted when its
 * JVM dies; `onGiveUp` is called when it keeps dying) and connects to it.
 * Waits until the database answers, so callers can use it at once.
 */
export async function connectDatabase(config: ConnectionSettings, log: LogLine, onGiveUp: (reason: string) => void = () => undefined): Promise<DatabaseConnection> {
  let embedded: SupervisedNeo4j | null = null;
  let uri = config.neo4jUri ?? '';
  if (!config.neo4jUri) {
    log(`starting embedded Neo4j (data in ${config.embeddedDir}, Bolt port ${config.embeddedPort})`);
    embedded = await superviseEmbeddedNeo4j({
      dataDir: resolve(config.embeddedDir),
      port: config.embeddedPort,
      password: config.neo4jPassword,
      heap: config.embeddedHeap,
      pageCache: config.embeddedPageCache,
      log,
      maxRestarts: config.embeddedMaxRestarts,
      onGiveUp,
    });
    uri = embedded.uri;
    log(`embedded Neo4j ${embedded.version} ${embedded.edition} ready at ${uri} (embedded Neo4j pid ${embedded.pid})`);
  }
  const db = new Database({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    requestTimeoutMs: config.requestTimeoutMs,
    txTimeoutMs: config.neo4jTxTimeoutMs,
  });
  try {
    await db.driver.verifyConnectivity({ database: config.neo4jDatabase });
  } catch (error) {
    await db.close();
    await embedded?.stop();
    throw new Error(`cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return {
    db,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
