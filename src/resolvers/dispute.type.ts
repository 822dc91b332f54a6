import { Field, ObjectType } from 'type-graphql';
import { EntityRecord } from '../loaders/entityRecord';
import { Claim, RelationshipClaims } from './entityClaims.type';
import { Entity } from './types/entity.interface';

@ObjectType({ description: 'A place where sources contradict each other (a CONFLICT): one property of an entity or of a relationship, or a one-valued relationship field sources fill with different entities.' })
export class Dispute {
  @Field(() => Entity, { description: "The entity the property belongs to; for a relationship's property, the entity the relationship starts at." })
  entity!: EntityRecord;

  @Field({ description: 'The property (e.g. date, launchDate, joined) or the one-valued relationship field (e.g. city).' })
  property!: string;

  @Field(() => RelationshipClaims, { nullable: true, description: "The relationship whose property it is, seen from `entity`; null for the entity's own property or field." })
  relationship!: RelationshipClaims | null;

  @Field(() => [Claim], { description: 'Each value stated, with its sources and evidence: the one the graph holds first.' })
  claims!: Claim[];
}
