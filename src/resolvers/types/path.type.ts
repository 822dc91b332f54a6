import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Relationship } from './relationship.type';

@ObjectType({ description: 'A chain of relationships from one entity to another, in order from the start; relationships may point either way.' })
export class Path {
  @Field(() => Int, { description: 'How many relationships the path has.' })
  length!: number;

  @Field(() => [Entity], { description: 'The entities along the path, from the start to the end.' })
  nodes!: Entity[];

  @Field(() => [Relationship], { description: 'The relationships along the path, in order; each keeps its own direction (from/to) and evidence.' })
  relationships!: Relationship[];
}
