import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';

@ObjectType({ implements: Entity, description: 'A country. Its ISO code is reference data.' })
export class Country extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code (reference data); Kosovo uses the user-assigned XK.' })
  isoCode!: string | null;
}
