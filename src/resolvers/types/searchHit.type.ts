import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { SearchMatch } from './searchMatch.type';

@ObjectType({ description: 'One search result.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better. Exact words score above prefixes, prefixes above one-typo matches.' })
  score!: number;

  @Field(() => [SearchMatch], { description: 'Why it matched: its name, then each alias, then its description, where typed words were found; never empty.' })
  matches!: SearchMatch[];
}
