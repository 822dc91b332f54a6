import { ArrayMaxSize, ArrayMinSize, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BOUNDS } from '../../model/bounds';
import { ENTITY_EXPANSION_COST, costOf, upTo } from '../fields/fieldCost';

/** Reads every neighbour of each given entity; returns up to `first`. */
export const COMMON_CONNECTIONS_COST = costOf({
  work: (args) => upTo('ids', BOUNDS.commonConnectionsMaxIds)(args) * ENTITY_EXPANSION_COST,
  items: upTo('first', BOUNDS.commonConnectionsMaxFirst),
});

@ArgsType()
export class CommonConnectionsArgs {
  @Field(() => [ID], { description: `The entities to compare (2 to ${BOUNDS.commonConnectionsMaxIds}).` })
  @ArrayMinSize(2)
  @ArrayMaxSize(BOUNDS.commonConnectionsMaxIds)
  ids!: string[];

  @Field(() => Int, { defaultValue: 20, description: `At most this many (1 to ${BOUNDS.commonConnectionsMaxFirst}).` })
  @Min(1)
  @Max(BOUNDS.commonConnectionsMaxFirst)
  first: number = 20;
}
