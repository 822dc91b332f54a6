import type { Database, Row } from './database';

/** A neighbourhood asked for: the `neighborhood` query and the export's `id`/`depth`/`limit` both mean this. */
export interface NeighbourhoodRequest {
  /** The centre entity. */
  id: string;
  /** How many relationships away to go. */
  depth: number;
  /** At most this many entities, the centre included. */
  limit: number;
  /** Follow only these relationship types (all when null). */
  types?: readonly string[] | null;
  /** Keep only entities of these kinds (the centre is always kept); the walk goes only through kept entities. */
  kinds?: readonly string[] | null;
}

/** The entities of a neighbourhood as rows {id, labels, props}: the centre, then by distance and name. */
export interface Neighbourhood {
  nodes: Row[];
  /** True when the limit cut it: more entities lie within the depth. */
  truncated: boolean;
}

/** A neighbourhood with the relationships among its entities as rows {type, from, to, props}, by type, from and to. */
export interface NeighbourhoodSubgraph extends Neighbourhood {
  relationships: Row[];
}

/** The statement giving the relationships among a neighbourhood's entities (params: ids, types), rows {type, from, to, props}. */
export const NEIGHBOURHOOD_RELATIONSHIPS = 'neighborhood-relationships';

/**
 * The entities within `depth` relationships of an entity, breadth first, in one statement
 * (`cypher/neighborhood-walk.cypher`): each level is expanded only from the entities kept at the level
 * before and only while the limit has room, so a hub is never expanded past the limit, and the nearest
 * entities are the ones kept when the limit cuts. Null for an unknown id. The `neighborhood` query and the
 * neighbourhood export both use it, so they give the same entities for the same centre, depth and limit.
 */
export async function findNeighbourhood(db: Database, request: NeighbourhoodRequest): Promise<Neighbourhood | null> {
  const found = await walk(db, request, false);
  return found && { nodes: found.nodes, truncated: found.truncated };
}

/** {@link findNeighbourhood} and, in the same statement, the relationships among its entities (of `types` when given). */
export async function findNeighbourhoodSubgraph(db: Database, request: NeighbourhoodRequest): Promise<NeighbourhoodSubgraph | null> {
  const found = await walk(db, request, true);
  return found && { nodes: found.nodes, truncated: found.truncated, relationships: found.relationships ?? [] };
}

/** The statement's one row; `relationships` is null unless asked for. */
interface WalkRow extends Neighbourhood {
  relationships: Row[] | null;
}

async function walk(db: Database, request: NeighbourhoodRequest, relationships: boolean): Promise<WalkRow | null> {
  const { id, depth, limit } = request;
  const [row] = await db.read('neighborhood-walk', { id, depth, limit, types: request.types ?? null, kinds: request.kinds ?? null, relationships });
  if (!row) return null;
  return row as unknown as WalkRow;
}
