import { ArrayMaxSize, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { Direction } from './relationship.type';
import { RELATED_DEFAULT_FIRST, RELATED_MAX_FIRST } from '../../model/relationshipFields';

@ArgsType()
export class RelationshipsArgs {
  @Field(() => Direction, { defaultValue: Direction.BOTH, description: 'OUT, IN or BOTH.' })
  direction: Direction = Direction.BOTH;

  @Field(() => [String], { nullable: true, description: 'Only these relationship types (all when omitted).' })
  @ArrayMaxSize(50)
  types?: string[] | null;

  @Field(() => Int, { defaultValue: RELATED_DEFAULT_FIRST, description: `At most this many (0 to ${RELATED_MAX_FIRST}).` })
  @Min(0)
  @Max(RELATED_MAX_FIRST)
  first: number = RELATED_DEFAULT_FIRST;
}
