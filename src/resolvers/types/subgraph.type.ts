import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

@ObjectType({ description: 'A part of the graph: entities and the relationships among them, e.g. for a graph view.' })
export class Subgraph {
  @Field(() => [Entity], { description: 'The entities, the centre first, then by distance and name.' })
  nodes!: Entity[];

  @Field(() => [Relationship], { description: 'Every relationship among those entities (of the requested types).' })
  relationships!: Relationship[];

  @Field({ description: 'True when the limit cut the subgraph short: more entities lie within the depth.' })
  truncated!: boolean;
}
