import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { listCost } from '../fields/fieldCost';

export const PAGE_DEFAULT_FIRST = 20;
export const PAGE_MAX_FIRST = 100;

/** Cost of a paginated list query: its selection once per item of the page. */
export const PAGE_COST = listCost('first', PAGE_MAX_FIRST);

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGE_DEFAULT_FIRST, description: `How many items to return (0 to ${PAGE_MAX_FIRST}).` })
  @Min(0)
  @Max(PAGE_MAX_FIRST)
  first: number = PAGE_DEFAULT_FIRST;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from pageInfo.endCursor).' })
  after?: string | null;
}
