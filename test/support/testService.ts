import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import { Database, DatabaseOptions } from '../../src/database/database';
import { Service, ServiceOptions, startService } from '../../src/server';
import { testDatabaseSettings } from './testDatabase';

export interface TestService {
  db: Database;
  service: Service;
  client: GraphQLClient;
  /** Base URL without /graphql, for plain HTTP routes. */
  baseUrl: string;
  /** Statements sent to Neo4j while `work` runs (named Cypher files, in order). */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
  stop(): Promise<void>;
}

/**
 * The real service on a free port, on the test run's Neo4j, with a graphql-request client. `database` changes how its
 * own Database connects (a neo4j:// URI, a shorter request deadline).
 */
export async function startTestService(options: Partial<Omit<ServiceOptions, 'db' | 'logger'>> = {}, database: Partial<DatabaseOptions> = {}): Promise<TestService> {
  const db = new Database({ ...testDatabaseSettings(), ...database });
  // Every test sends from 127.0.0.1, many requests a minute: the rate limits are out of the way unless a test sets them.
  const rateLimits = { keyRequestsPerMinute: 1e6, anonymousRequestsPerMinute: 1e6, writesPerMinute: 1e6, badKeysPerMinute: 1e6, ...options.rateLimits };
  const service = await startService({ ...options, rateLimits, db, logger: pino({ level: 'silent' }) }, 0, '127.0.0.1');
  return {
    db,
    service,
    client: new GraphQLClient(service.url),
    baseUrl: service.url.replace(/\/graphql$/, ''),
    async countQueries(work) {
      const queries: string[] = [];
      const off = db.onQuery((name) => queries.push(name));
      try {
        return { result: await work(), queries };
      } finally {
        off();
      }
    },
    async stop() {
      await service.stop();
      await db.close();
    },
  };
}
