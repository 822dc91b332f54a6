import { Database } from '../database/database';
import { Loaders } from '../loaders/createLoaders';
import { ResultBudget } from '../loaders/resultBudget';

/** What every resolver receives: the database, this request's DataLoaders and its result budget. */
export interface Context {
  db: Database;
  loaders: Loaders;
  budget: ResultBudget;
}
