import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { checkRelationshipTypes } from './fields/checkRelationshipTypes';
import { EntityRecord, RelationshipRecord, toEntityRecord, toRelationshipRecord } from '../loaders/entityRecord';
import { Subgraph } from './types/subgraph.type';
import { NEIGHBORHOOD_COST, NeighborhoodArgs } from './types/neighborhoodArgs';
import { findEntity } from '../loaders/entityLoader';

interface SubgraphRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

@Resolver(() => Subgraph)
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description: 'The ego network of an entity: everything within `depth` relationships (either direction) and the relationships among them, breadth first, at most `limit` entities; null for an unknown id.',
    complexity: NEIGHBORHOOD_COST,
  })
  async neighborhood(@Args() args: NeighborhoodArgs, @Ctx() ctx: Context): Promise<SubgraphRecord | null> {
    const types = checkRelationshipTypes('relationshipTypes', args.relationshipTypes);
    const centre = await findEntity(ctx.loaders.entity, args.id);
    if (!centre) return null;

    // Breadth first, one bounded Cypher step per level, so a hub never expands past the limit.
    const nodes: EntityRecord[] = [centre];
    const seen = new Set([centre.id]);
    let frontier = [centre.id];
    let truncated = false;
    for (let level = 0; level < args.depth && frontier.length > 0 && !truncated; level += 1) {
      const room = args.limit - nodes.length;
      const rows = await ctx.db.read('neighborhood-step', { frontier, seen: [...seen], types, kinds: args.kinds ?? null, limit: room + 1 });
      if (rows.length > room) truncated = true;
      frontier = [];
      for (const row of rows.slice(0, room)) {
        const node = toEntityRecord(row.node as Record<string, unknown>);
        nodes.push(node);
        seen.add(node.id);
        frontier.push(node.id);
      }
    }
    return { nodes, relationships: await relationshipsAmong(ctx, nodes, types), truncated };
  }
}

/** The relationships among a set of entities, with evidence (`cypher/subgraph-relationships.cypher`). */
async function relationshipsAmong(ctx: Context, nodes: EntityRecord[], types: string[] | null): Promise<RelationshipRecord[]> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rows = await ctx.db.read('subgraph-relationships', { ids: [...byId.keys()], types });
  return rows.map((row) => toRelationshipRecord(String(row.type), byId.get(String(row.from))!, byId.get(String(row.to))!, row.props as Record<string, unknown>));
}
