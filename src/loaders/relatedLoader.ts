import DataLoader from 'dataloader';
import { Database } from '../database/database';
import { EntityRecord, RelationshipRecord, toEntityRecord, toRelationshipRecord } from './entityRecord';
import { ResultBudget } from './resultBudget';

/** Which neighbours of one entity to fetch. */
export interface RelatedKey {
  id: string;
  /** Relationship types to follow; null follows all. */
  types: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Kinds of neighbour to keep; null keeps all. */
  kinds: string[] | null;
  first: number;
  /** Also read the relationships' properties (evidence) and build Relationship records. */
  withRelationships: boolean;
}

export interface RelatedItem {
  node: EntityRecord;
  /** Present when the key asked withRelationships. */
  relationship: RelationshipRecord | null;
}

/**
 * Loads neighbours for many (entity, relationship type, direction) keys in one query per tick
 * (`cypher/related-entities.cypher`), so every relationship field at one depth of a GraphQL query
 * costs one round trip together, whatever the page size. Every neighbour handed out counts against
 * the request's budget, and its relationship too when the key reads relationships; cached answers
 * count again, since each copy goes into the answer.
 */
export function createRelatedLoader(db: Database, budget: ResultBudget) {
  const loader = new DataLoader<RelatedKey, RelatedItem[], string>(
    async (keys) => {
      const rows = await db.read('related-entities', { keys: keys.map((key, index) => ({ ...key, index })) });
      const results: RelatedItem[][] = keys.map(() => []);
      for (const row of rows) {
        const index = Number(row.index);
        const self = row.self ? toEntityRecord(row.self as Record<string, unknown>) : null;
        results[index] = (row.related as { type: string; outgoing: boolean; props: Record<string, unknown> | null; node: Record<string, unknown> }[]).map((item) => {
          const node = toEntityRecord(item.node);
          const relationship =
            self && item.props ? toRelationshipRecord(item.type, item.outgoing ? self : node, item.outgoing ? node : self, item.props) : null;
          return { node, relationship };
        });
      }
      return results;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.types, key.direction, key.kinds, key.first, key.withRelationships]) },
  );
  return {
    async load(key: RelatedKey): Promise<RelatedItem[]> {
      budget.check();
      const items = await loader.load(key);
      budget.spend(items.length * (key.withRelationships ? 2 : 1));
      return items;
    },
  };
}
