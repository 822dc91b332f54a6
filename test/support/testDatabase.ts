import { Database } from '../../src/database/database';

/** Connection settings of the Neo4j the test run uses (set by globalSetup). */
export function testDatabaseSettings() {
  const uri = process.env.SCN_TEST_NEO4J_URI;
  if (!uri) throw new Error('SCN_TEST_NEO4J_URI is not set: run the tests through jest (globalSetup starts Neo4j)');
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.SCN_TEST_NEO4J_PASSWORD ?? 'scn-graph-local', database: process.env.NEO4J_DATABASE };
}

export function openTestDatabase(): Database {
  return new Database(testDatabaseSettings());
}
