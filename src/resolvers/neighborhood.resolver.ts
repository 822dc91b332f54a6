import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { checkRelationshipTypes } from './fields/checkRelationshipTypes';
import { EntityRecord, RelationshipRecord, toEntityRecord, toRelationshipRecord } from '../loaders/entityRecord';
import { Subgraph } from './types/subgraph.type';
import { NEIGHBORHOOD_COST, NeighborhoodArgs } from './types/neighborhoodArgs';
import { findNeighbourhoodSubgraph } from '../database/neighbourhood';

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
    // One statement: the entities and the relationships among them.
    const found = await findNeighbourhoodSubgraph(ctx.db, { ...args, types });
    if (!found) return null;
    const nodes = found.nodes.map((row) => toEntityRecord(row.props as Record<string, unknown>));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const relationships = found.relationships.map((row) =>
      toRelationshipRecord(String(row.type), byId.get(String(row.from))!, byId.get(String(row.to))!, row.props as Record<string, unknown>),
    );
    return { nodes, relationships, truncated: found.truncated };
  }
}
