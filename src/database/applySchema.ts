import { Database } from './database';
import { cypherStatements } from './cypherFile';

/** Applies `cypher/schema.cypher` (constraints and indexes, all IF NOT EXISTS) and waits for the indexes to come online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements('schema')) await db.autoCommit(statement);
  await db.autoCommit('CALL db.awaitIndexes(120)');
}
