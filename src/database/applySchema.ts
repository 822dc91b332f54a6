import { Database } from './database';
import { cypherStatements } from './cypherFile';
import { modelSchemaStatements } from './modelSchema';

/** Applies `cypher/schema.cypher` and the model's constraints and indexes (all IF NOT EXISTS) and waits for the indexes to come online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of [...cypherStatements('schema'), ...modelSchemaStatements()]) await db.autoCommit(statement);
  await db.autoCommit('CALL db.awaitIndexes(120)');
}
