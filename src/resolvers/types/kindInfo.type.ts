import { Field, ObjectType } from 'type-graphql';
import { EntityKind } from './entityKind.enum';

@ObjectType({ description: 'One kind of entity as the model declares it.' })
export class KindInfo {
  @Field(() => EntityKind, { description: 'The kind: its GraphQL type name and Neo4j label.' })
  kind!: string;

  @Field({ description: 'What an entity of this kind is, as the model describes it.' })
  description!: string;

  @Field({ description: 'Whether it is an event kind (it has a date, a status and a place, and implements Event).' })
  event!: boolean;
}
