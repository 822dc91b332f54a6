import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { BOUNDS } from '../graphql/bounds';
import { EntityKind } from '../entity/entityKind.enum';

@ArgsType()
export class SearchArgs {
  @Field({ description: `Words to look for in names, aliases and descriptions (at most ${BOUNDS.searchMaxTextLength} characters); case, accents and one typo per word are forgiven; any characters are safe.` })
  @MaxLength(BOUNDS.searchMaxTextLength)
  text!: string;

  @Field(() => [EntityKind], { nullable: true, description: 'Only entities of these kinds.' })
  kinds?: string[] | null;

  @Field(() => Int, { defaultValue: 10, description: `At most this many hits (1 to ${BOUNDS.searchMaxFirst}).` })
  @Min(1)
  @Max(BOUNDS.searchMaxFirst)
  first: number = 10;
}
