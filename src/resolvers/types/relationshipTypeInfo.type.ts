import { Field, ObjectType } from 'type-graphql';
import { EntityKind } from './entityKind.enum';

@ObjectType({ description: 'One relationship type as the model declares it.' })
export class RelationshipTypeInfo {
  @Field({ description: 'The relationship type, as `relationships(types:)`, `neighborhood` and paths take it (e.g. LOCATED_IN).' })
  type!: string;

  @Field({ description: 'What it means, in one line (e.g. "a city lies in a country").' })
  meaning!: string;

  @Field(() => [EntityKind], { description: 'Kinds it may start at.' })
  fromKinds!: string[];

  @Field(() => [EntityKind], { description: 'Kinds it may end at.' })
  toKinds!: string[];
}
