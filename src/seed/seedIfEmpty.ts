import { Database } from '../database/database';
import { readSeeds } from './readSeeds';
import { importSeeds, ImportSummary } from './importSeeds';
import { SEEDS_DIR } from './seedsDir';

/** Loads seeds/ when the graph holds no entity yet; returns what it imported, or null when it did nothing. */
export async function seedIfEmpty(db: Database, dir = SEEDS_DIR): Promise<ImportSummary | null> {
  const [row] = await db.read('entity-count');
  if (Number(row?.total ?? 0) > 0) return null;
  return importSeeds(db, readSeeds(dir));
}
