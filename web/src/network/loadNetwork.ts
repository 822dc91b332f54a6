import { query } from '../api';
import { NeighborhoodDocument, type EntityKind, type NeighborhoodQuery } from '../generated/graphql';

type Subgraph = NonNullable<NeighborhoodQuery['neighborhood']>;
export type NetworkNode = Subgraph['nodes'][number];
export interface NetworkRelationship {
  /** `from|TYPE|to`: one relationship of a type between two entities. */
  key: string;
  type: string;
  from: string;
  to: string;
}

/** What the network view shows: a neighbourhood with the neighbourhoods of the expanded entities merged in. */
export interface Network {
  centre: NetworkNode;
  /** The centre first, then in the order the API gave them, each expansion's new entities after. */
  nodes: NetworkNode[];
  relationships: NetworkRelationship[];
  /** Some neighbourhood was cut at the limit. */
  truncated: boolean;
  /** Expanded ids merged in (those drawn when their turn came, in the order expanded). */
  expanded: string[];
}

/** What the URL asks the network view for. */
export interface NetworkRequest {
  id: string;
  depth: number;
  /** Only entities of these kinds (null: every kind). */
  kinds: EntityKind[] | null;
  /** Only relationships of these types (null: every type). */
  types: string[] | null;
  /** At most this many entities per neighbourhood (the API's `limit`); past it the answer says `truncated`. */
  limit: number;
  expanded: string[];
}

/**
 * The neighbourhood of `request.id` (depth, kinds and relationship types as asked), then, in order, the depth-1
 * neighbourhood of each expanded entity under the same filters, merged in when that entity is drawn by then (an
 * expansion the filters hide is left out, so a shared link draws exactly what its sender saw). Null for an unknown id.
 */
export async function loadNetwork(request: NetworkRequest, signal: AbortSignal): Promise<Network | null> {
  const filters = { kinds: request.kinds, relationshipTypes: request.types, limit: request.limit };
  const ask = (id: string, depth: number) => query(NeighborhoodDocument, { id, depth, ...filters }, signal).then((answer) => answer.neighborhood);
  const [base, ...expansions] = await Promise.all([ask(request.id, request.depth), ...request.expanded.map((id) => ask(id, 1))]);
  if (!base) return null;
  const nodes = new Map<string, NetworkNode>();
  const relationships = new Map<string, NetworkRelationship>();
  const merge = (subgraph: Subgraph) => {
    for (const node of subgraph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const { type, from, to } of subgraph.relationships) {
      const key = `${from.id}|${type}|${to.id}`;
      relationships.set(key, { key, type, from: from.id, to: to.id });
    }
  };
  merge(base);
  const expanded: string[] = [];
  let truncated = base.truncated;
  request.expanded.forEach((id, index) => {
    const subgraph = expansions[index];
    if (!subgraph || !nodes.has(id) || expanded.includes(id)) return;
    merge(subgraph);
    expanded.push(id);
    truncated ||= subgraph.truncated;
  });
  return { centre: base.nodes[0], nodes: [...nodes.values()], relationships: [...relationships.values()], truncated, expanded };
}
