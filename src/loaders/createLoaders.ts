import { Database } from '../database/database';
import { createEntityLoader } from './entityLoader';
import { createRelatedLoader } from './relatedLoader';

/** The DataLoaders of one request; made fresh per request so caches never leak between users. */
export function createLoaders(db: Database) {
  return {
    entity: createEntityLoader(db),
    related: createRelatedLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
