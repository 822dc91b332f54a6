import { ArrayMaxSize, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BOUNDS } from '../graphql/bounds';

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
