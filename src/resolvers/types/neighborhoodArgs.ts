import { ArrayMaxSize, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { BOUNDS } from '../../model/bounds';
import { costOf, upTo } from '../fields/fieldCost';
import { EntityKind } from './entityKind.enum';

const entities = upTo('limit', BOUNDS.neighborhoodMaxLimit);

/** Up to `limit` entities, each expanded once per level of `depth`. */
export const NEIGHBORHOOD_COST = costOf({ work: (args) => upTo('depth', BOUNDS.neighborhoodMaxDepth)(args) * entities(args), items: entities });

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'The centre entity.' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many relationships away to go (1 to ${BOUNDS.neighborhoodMaxDepth}).` })
  @Min(1)
  @Max(BOUNDS.neighborhoodMaxDepth)
  depth: number = 1;

  @Field(() => [String], { nullable: true, description: 'Follow only these relationship types (all when omitted).' })
  @ArrayMaxSize(50)
  relationshipTypes?: string[] | null;

  @Field(() => [EntityKind], { nullable: true, description: 'Keep only entities of these kinds (the centre is always kept); the walk goes only through kept entities.' })
  kinds?: string[] | null;

  @Field(() => Int, { defaultValue: 200, description: `At most this many entities, centre included (1 to ${BOUNDS.neighborhoodMaxLimit}).` })
  @Min(1)
  @Max(BOUNDS.neighborhoodMaxLimit)
  limit: number = 200;
}
