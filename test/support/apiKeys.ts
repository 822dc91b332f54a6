import { GraphQLClient } from 'graphql-request';
import { Database } from '../../src/database/database';
import { createApiKey } from '../../src/access/apiKeys';
import { Role } from '../../src/access/role';

/** A new API key with this role, stored in the test database (named after the test file and role). */
export async function createTestKey(db: Database, role: Role, name = `test ${role} ${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  return (await createApiKey(db, { name, role, createdBy: 'test' })).key;
}

/** A graphql-request client that sends `key` as a Bearer token. */
export function clientWithKey(url: string, key: string): GraphQLClient {
  return new GraphQLClient(url, { headers: { authorization: `Bearer ${key}` } });
}
