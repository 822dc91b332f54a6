import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { BOUNDS } from '../../model/bounds';
import { FULL_TEXT_WORD_COST, costOf, upTo } from '../fields/fieldCost';
import { EntityKind } from './entityKind.enum';

/** Words of the text (up to its maximum length) are matched one by one; up to `first` hits. */
export const SEARCH_COST = costOf({
  work: (args) => String(args.text ?? '').slice(0, BOUNDS.searchMaxTextLength).split(/\s+/).filter(Boolean).length * FULL_TEXT_WORD_COST,
  items: upTo('first', BOUNDS.searchMaxFirst),
});

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
