import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Database } from '../database/database';
import { EntityRecord, toEntityRecord } from './entityRecord';
import { ResultBudget } from './resultBudget';

/** The request's entity loader, as resolvers see it. */
export type EntityLoader = ReturnType<typeof createEntityLoader>;

/** Raised for an id with no entity; resolvers of nullable fields turn it into null. */
export class EntityNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No entity with id ${id}`);
  }
}

/**
 * Reads root fields' entities by id together with their whole selection (the query compiler, given by
 * whoever wires the request: loaders do not import it); null for an id with no entity.
 */
export type SelectionReader = (ids: readonly string[], info: GraphQLResolveInfo) => Promise<(EntityRecord | null)[]>;

/**
 * Loads entities by id, all ids of one tick in one query (`cypher/entities-by-id.cypher`). Every entity
 * handed out counts against the request's budget, cached ones too (each goes into the answer again).
 */
export function createEntityLoader(db: Database, budget: ResultBudget, readSelection?: SelectionReader) {
  const loader = new DataLoader<string, EntityRecord>(async (ids) => {
    const rows = await db.read('entities-by-id', { ids });
    const byId = new Map(rows.map((row) => [String((row.node as { id: string }).id), toEntityRecord(row.node as Record<string, unknown>)]));
    return ids.map((id) => byId.get(id) ?? new EntityNotFoundError(id));
  });
  return {
    readSelection,
    /** The survivor each id was merged into (mergeEntities), for ids not found; others are absent. */
    async mergedInto(ids: readonly string[]): Promise<Map<string, string>> {
      const rows = await db.read('merged-ids', { ids });
      return new Map(rows.map((row) => [String(row.id), String(row.into)]));
    },
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

/**
 * The entities with these ids, in order; null for an id with no entity. Any other failure (the database
 * down or late) is thrown, so that it reaches the client as an error, never as "not found". With `info` (the
 * field's selection) and a selection reader, the entities come with their whole selection in one statement.
 */
export async function findEntities(loader: EntityLoader, ids: readonly string[], info?: GraphQLResolveInfo): Promise<(EntityRecord | null)[]> {
  const found = await findStored(loader, ids, info);
  // An id merged away answers with its survivor: looked up only for ids not found, so found ids cost nothing more.
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length === 0) return found;
  const into = await loader.mergedInto(missing);
  if (into.size === 0) return found;
  const survivors = [...new Set(into.values())];
  const byId = new Map((await findStored(loader, survivors, info)).map((entity, i) => [survivors[i], entity]));
  return found.map((entity, i) => entity ?? byId.get(into.get(ids[i]) ?? '') ?? null);
}

async function findStored(loader: EntityLoader, ids: readonly string[], info?: GraphQLResolveInfo): Promise<(EntityRecord | null)[]> {
  if (info && loader.readSelection) return loader.readSelection(ids, info);
  const found = await loader.loadMany(ids);
  return found.map((item) => {
    if (item instanceof EntityNotFoundError) return null;
    if (item instanceof Error) throw item;
    return item;
  });
}

/** The entity with this id, or null when there is none; other failures are thrown. */
export async function findEntity(loader: EntityLoader, id: string, info?: GraphQLResolveInfo): Promise<EntityRecord | null> {
  const [found] = await findEntities(loader, [id], info);
  return found;
}
