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

/**
 * Loads entities by id, all ids of one tick in one query (`cypher/entities-by-id.cypher`). Every entity
 * handed out counts against the request's budget, cached ones too (each goes into the answer again).
 */
export function createEntityLoader(db: Database, budget: ResultBudget) {
  const loader = new DataLoader<string, EntityRecord>(async (ids) => {
    const rows = await db.read('entities-by-id', { ids });
    const byId = new Map(rows.map((row) => [String((row.node as { id: string }).id), toEntityRecord(row.node as Record<string, unknown>)]));
    return ids.map((id) => byId.get(id) ?? new EntityNotFoundError(id));
  });
  return {
    async load(id: string): Promise<EntityRecord> {
      budget.check();
      const entity = await loader.load(id);
      budget.spend(1);
      return entity;
    },
    async loadMany(ids: readonly string[]): Promise<(EntityRecord | Error)[]> {
      budget.check();
      const found = await loader.loadMany(ids);
      budget.spend(found.filter((e) => !(e instanceof Error)).length);
      return found;
    },
  };
}
