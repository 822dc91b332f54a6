import { GraphQLError } from 'graphql';
import { Database } from '../../src/database/database';
import { neo4jDetails } from '../../src/database/neo4jErrors';
import { openTestDatabase } from '../support/testDatabase';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

test('Database: a statement Neo4j rejects becomes DATABASE_ERROR, its Neo4j code kept for the log only', async () => {
  const error = await db.read('../test/cypher/divide-by-zero', { zero: 0 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions).toEqual({ code: 'DATABASE_ERROR' });
  expect(neo4jDetails(error)).toMatchObject({ neo4jCode: 'Neo.ClientError.Statement.ArithmeticError' });
});

test('Database: an unreachable server becomes DATABASE_UNAVAILABLE after the retries', async () => {
  const down = new Database({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
  const tried: string[] = [];
  down.onQuery((name) => tried.push(name));
  try {
    const error = await down.read('server-info').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(tried).toEqual(['server-info']);
  } finally {
    await down.close();
  }
});

test('Database: whole numbers go to Neo4j as integers (LIMIT accepts them) and come back as numbers', async () => {
  const rows = await db.readCompiled('limit', 'MATCH (n:Country) RETURN n.id AS id LIMIT $limit', { limit: 2 }, (record) => record.get('id'));
  expect(rows).toHaveLength(2);
  const [count] = await db.read('entity-count');
  expect(typeof count.total).toBe('number');
});
