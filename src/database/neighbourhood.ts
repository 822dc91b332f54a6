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

/** The statement giving the relationships among a neighbourhood's entities (params: ids, types), rows {type, from, to, props}. */
export const NEIGHBOURHOOD_RELATIONSHIPS = 'neighborhood-relationships';

/**
 * The entities within `depth` relationships of an entity, breadth first: one bounded statement per level
 * (`cypher/neighborhood-step.cypher`), so that a hub is never expanded past the limit, and the nearest
 * entities are the ones kept when the limit cuts. Null for an unknown id. The `neighborhood` query and the
 * neighbourhood export both use it, so they give the same entities for the same centre, depth and limit.
 */
export async function findNeighbourhood(db: Database, request: NeighbourhoodRequest): Promise<Neighbourhood | null> {
  const [centre] = await db.read('neighborhood-centre', { id: request.id });
  if (!centre) return null;
  const nodes: Row[] = [centre];
  const seen = new Set([String(centre.id)]);
  let frontier = [String(centre.id)];
  let truncated = false;
  for (let level = 0; level < request.depth && frontier.length > 0 && !truncated; level += 1) {
    const room = request.limit - nodes.length;
    const params = { frontier, seen: [...seen], types: request.types ?? null, kinds: request.kinds ?? null, limit: room + 1 };
    const rows = await db.read('neighborhood-step', params);
    truncated = rows.length > room;
    frontier = [];
    for (const row of rows.slice(0, room)) {
      nodes.push(row);
      seen.add(String(row.id));
      frontier.push(String(row.id));
    }
  }
  return { nodes, truncated };
}
