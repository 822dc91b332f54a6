import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const PAGE_DEFAULT_FIRST = 20;
export const PAGE_MAX_FIRST = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_DEFAULT_FIRST, description: `How many items to return (0 to ${PAGE_MAX_FIRST}).` })
  @Min(0)
  @Max(PAGE_MAX_FIRST)
  first: number = PAGE_DEFAULT_FIRST;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from pageInfo.endCursor).' })
  after?: string | null;
}
