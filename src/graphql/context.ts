import { Database } from '../database/database';
import { Loaders } from '../loaders/createLoaders';

/** What every resolver receives: the database and this request's DataLoaders. */
export interface Context {
  db: Database;
  loaders: Loaders;
}
