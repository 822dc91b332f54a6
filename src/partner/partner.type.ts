import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';

@ObjectType({ implements: Entity, description: 'An organisation working with the network: an NGO, association, company or multilateral.' })
export class Partner extends Entity {
  @Field(() => String, { nullable: true, description: 'NGO, ASSOCIATION, MULTILATERAL, COMPANY, GOVERNMENT or OTHER, when a source states it.' })
  organisationType!: string | null;
}
