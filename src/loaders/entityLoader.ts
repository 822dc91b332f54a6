import DataLoader from 'dataloader';
import { Database } from '../database/database';
import { EntityRecord, toEntityRecord } from '../graph/entityRecord';
import { ResultBudget } from './resultBudget';

/** Raised for an id with no entity; resolvers of nullable fields turn it into null. */
export class EntityNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No entity with id ${id}`);
  }
}

/** Loads entities by id, all ids of one tick in one query (`cypher/entities-by-id.cypher`). */
export function createEntityLoader(db: Database, budget: ResultBudget): DataLoader<string, EntityRecord> {
  return new DataLoader<string, EntityRecord>(async (ids) => {
    const rows = await db.read('entities-by-id', { ids });
    budget.spend(rows.length);
    const byId = new Map(rows.map((row) => [String((row.node as { id: string }).id), toEntityRecord(row.node as Record<string, unknown>)]));
    return ids.map((id) => byId.get(id) ?? new EntityNotFoundError(id));
  });
}
