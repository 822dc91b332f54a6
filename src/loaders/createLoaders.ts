import { Database } from '../database/database';
import { createEntityLoader, SelectionReader } from './entityLoader';
import { createRelatedLoader } from './relatedLoader';
import { ResultBudget } from './resultBudget';

/**
 * The DataLoaders of one request; made fresh per request so caches never leak between users.
 * `readSelection` lets `node`/`entities` read their whole selection in one compiled statement.
 */
export function createLoaders(db: Database, budget: ResultBudget, readSelection?: SelectionReader) {
  return {
    entity: createEntityLoader(db, budget, readSelection),
    related: createRelatedLoader(db, budget),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
