import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Row } from '../../src/database/database';

const FIXTURE_DIR = join(__dirname, '..', 'cypher');

/**
 * Runs the test fixture `test/cypher/<name>.cypher` (test data to create, count or delete) in one
 * auto-commit transaction and returns its rows. The service's own statement loader reads only cypher/.
 */
export function runFixture(db: Database, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return db.autoCommit(readFileSync(join(FIXTURE_DIR, `${name}.cypher`), 'utf8'), params);
}
