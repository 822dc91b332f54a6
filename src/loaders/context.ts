import type { Logger } from 'pino';
import { Database } from '../database/database';
import { Loaders } from './createLoaders';
import { ResultBudget } from './resultBudget';
import { Viewer } from '../access/viewer';
import type { SourceTexts } from '../curation/sourceTexts';

/** What every resolver receives: the database, this request's DataLoaders and result budget, who is asking, its id and its logger. */
export interface Context {
  db: Database;
  loaders: Loaders;
  budget: ResultBudget;
  /** The request id (X-Request-Id), also bound to every line `log` writes. */
  requestId: string;
  log: Logger;
  /** The API key the request presented; null when anonymous. */
  viewer: Viewer | null;
  /** The texts of sources held as text (excerpts written through the API are checked against them). */
  sourceTexts: SourceTexts;
  /** false only in tests that compare with the uncompiled path: list pages and ids then leave relationship fields to the loaders. */
  compile?: boolean;
}
