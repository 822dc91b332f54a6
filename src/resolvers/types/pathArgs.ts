import { ArrayMaxSize, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BOUNDS } from '../../model/bounds';
import { SEARCH_HOP_COST, costOf, upTo } from '../fields/fieldCost';

const hops = upTo('maxLength', BOUNDS.pathMaxLength);
const paths = upTo('first', BOUNDS.allShortestPathsMaxFirst);

/** A path search walks up to maxLength hops; a path holds up to maxLength + 1 entities. */
export const SHORTEST_PATH_COST = costOf({ work: (args) => hops(args) * SEARCH_HOP_COST, items: (args) => hops(args) + 1 });

/** The same search, returning up to `first` paths. */
export const ALL_SHORTEST_PATHS_COST = costOf({ work: (args) => hops(args) * SEARCH_HOP_COST, items: (args) => paths(args) * (hops(args) + 1) });

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'Where the path starts.' })
  fromId!: string;

  @Field(() => ID, { description: 'Where the path ends.' })
  toId!: string;

  @Field(() => Int, { defaultValue: BOUNDS.pathDefaultLength, description: `Longest path to consider (1 to ${BOUNDS.pathMaxLength}).` })
  @Min(1)
  @Max(BOUNDS.pathMaxLength)
  maxLength: number = BOUNDS.pathDefaultLength;

  @Field(() => [String], { nullable: true, description: 'Follow only these relationship types (all when omitted).' })
  @ArrayMaxSize(50)
  relationshipTypes?: string[] | null;
}

@ArgsType()
export class AllPathsArgs extends PathArgs {
  @Field(() => Int, { defaultValue: 10, description: `At most this many paths (1 to ${BOUNDS.allShortestPathsMaxFirst}).` })
  @Min(1)
  @Max(BOUNDS.allShortestPathsMaxFirst)
  first: number = 10;
}
