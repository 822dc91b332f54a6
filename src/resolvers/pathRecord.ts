import { EntityRecord, RelationshipRecord, toEntityRecord, toRelationshipRecord } from '../loaders/entityRecord';

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
}

interface PathRow {
  nodes: Record<string, unknown>[];
  relationships: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

/** Builds a path from a row of `shortest-paths.cypher` (nodes in order, relationships with their end ids). */
export function toPathRecord(row: PathRow): PathRecord {
  const nodes = row.nodes.map(toEntityRecord);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    length: row.relationships.length,
    nodes,
    relationships: row.relationships.map((r) => toRelationshipRecord(r.type, byId.get(r.from)!, byId.get(r.to)!, r.props)),
  };
}
