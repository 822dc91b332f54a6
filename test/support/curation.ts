import { ClientError } from 'graphql-request';
import type { Database } from '../../src/database/database';
import { runFixture } from './cypherFixture';

/** The first GraphQL error of a request that must fail: its message, code and HTTP status. */
export async function graphqlError(request: Promise<unknown>): Promise<{ message: string; code: string; status: number }> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError) {
      const [first] = error.response.errors ?? [];
      return { message: first?.message ?? '', code: String(first?.extensions?.code), status: error.response.status };
    }
    throw error;
  }
  throw new Error('expected the request to fail');
}

/** Removes entities (and merged ids) `ids`, and the Change and ApiKey nodes of the keys named `keyNames`. */
export async function deleteCurationTestData(db: Database, ids: string[], keyNames: string[]): Promise<void> {
  await runFixture(db, 'delete-curation-test-data', { ids, keyNames });
}
