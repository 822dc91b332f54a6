import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../loaders/context';
import { checkRelationshipTypes } from './fields/checkRelationshipTypes';
import { BOUNDS } from '../model/bounds';
import { ALL_SHORTEST_PATHS_COST, AllPathsArgs, PathArgs, SHORTEST_PATH_COST } from './types/pathArgs';
import { Path } from './types/path.type';
import { PathRecord, toPathRecord } from './pathRecord';
import { findEntity } from '../loaders/entityLoader';

@Resolver(() => Path)
export class PathResolver {
  @Query(() => Path, {
    nullable: true,
    description: `A shortest path between two entities, following relationships in either direction; null when there is none within maxLength (at most ${BOUNDS.pathMaxLength}) or an id is unknown.`,
    complexity: SHORTEST_PATH_COST,
  })
  async shortestPath(@Args() args: PathArgs, @Ctx() ctx: Context): Promise<PathRecord | null> {
    const [path] = await findShortestPaths(ctx, args, 1);
    return path ?? null;
  }

  @Query(() => [Path], { description: 'Every shortest path between two entities (all of the same, minimal length), at most `first`, in a stable order.', complexity: ALL_SHORTEST_PATHS_COST })
  allShortestPaths(@Args() args: AllPathsArgs, @Ctx() ctx: Context): Promise<PathRecord[]> {
    return findShortestPaths(ctx, args, args.first);
  }
}

async function findShortestPaths(ctx: Context, args: PathArgs, first: number): Promise<PathRecord[]> {
  const types = checkRelationshipTypes('relationshipTypes', args.relationshipTypes);
  if (args.fromId === args.toId) {
    // Neo4j refuses shortestPath between a node and itself; the answer is the empty path.
    const node = await findEntity(ctx.loaders.entity, args.fromId);
    return node ? [{ length: 0, nodes: [node], relationships: [] }] : [];
  }
  const params = { fromId: args.fromId, toId: args.toId, maxLength: args.maxLength, types, first };
  const rows = await ctx.db.read('shortest-paths', params, { pathMaxLength: BOUNDS.pathMaxLength });
  return rows.map((row) => toPathRecord(row as never));
}
