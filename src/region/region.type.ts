import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';
import { CountClaim } from '../resolvers/types/countClaim.type';

@ObjectType({ implements: Entity, description: 'A world region such as the Western Balkans or South Asia.' })
export class Region extends Entity {
  @Field(() => CountClaim, { nullable: true, description: 'How many SCN member cities the sources say the region has (a stated count, not a list).' })
  memberCityCount!: CountClaim | null;
}
