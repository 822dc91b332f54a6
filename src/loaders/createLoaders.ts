import { Database } from '../database/database';
import { createEntityLoader } from './entityLoader';
import { createRelatedLoader } from './relatedLoader';
import { ResultBudget } from './resultBudget';

/** The DataLoaders of one request; made fresh per request so caches never leak between users. */
export function createLoaders(db: Database, budget: ResultBudget) {
  return {
    entity: createEntityLoader(db, budget),
    related: createRelatedLoader(db, budget),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
