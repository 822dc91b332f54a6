import DataLoader from 'dataloader';
import { Database } from '../database/database';
import { EntityRecord, RelationshipRecord, toEntityRecord, toEvidence } from '../graph/entityRecord';

/** Which neighbours of one entity to fetch. */
export interface RelatedKey {
  id: string;
  /** Relationship types to follow; null follows all. */
  types: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Kinds of neighbour to keep; null keeps all. */
  kinds: string[] | null;
  first: number;
}

export interface RelatedItem {
  node: EntityRecord;
  relationship: RelationshipRecord;
}

/**
 * Loads neighbours for many (entity, relationship type, direction) keys in one query per tick
 * (`cypher/related-entities.cypher`), so every relationship field at one depth of a GraphQL query
 * costs one round trip together, whatever the page size.
 */
export function createRelatedLoader(db: Database, loadEntity: (props: Record<string, unknown>) => EntityRecord = toEntityRecord) {
  return new DataLoader<RelatedKey, RelatedItem[], string>(
    async (keys) => {
      const rows = await db.read('related-entities', { keys: keys.map((key, index) => ({ ...key, index })) });
      const results: RelatedItem[][] = keys.map(() => []);
      for (const row of rows) {
        const index = Number(row.index);
        const self = loadEntity(row.self as Record<string, unknown>);
        results[index] = (row.related as { type: string; outgoing: boolean; props: Record<string, unknown>; node: Record<string, unknown> }[]).map((item) => {
          const node = loadEntity(item.node);
          return {
            node,
            relationship: {
              type: item.type,
              from: item.outgoing ? self : node,
              to: item.outgoing ? node : self,
              basis: String(item.props.basis ?? 'SOURCE'),
              evidence: toEvidence(item.props),
            },
          };
        });
      }
      return results;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.types, key.direction, key.kinds, key.first]) },
  );
}
