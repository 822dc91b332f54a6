import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better. Exact words score above prefixes, prefixes above one-typo matches.' })
  score!: number;
}
