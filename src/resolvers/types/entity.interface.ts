import { Field, ID, InterfaceType } from 'type-graphql';
import { Evidence } from './evidence.type';
import { EntityKind } from './entityKind.enum';

@InterfaceType({
  description: 'Anything in the knowledge graph: a place, organisation, event, theme, initiative or source document.',
  resolveType: (value: { kind: string }) => value.kind,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable, readable id that survives re-imports, e.g. "city:durres".' })
  id!: string;

  @Field({ description: 'Name as used today (the source\'s own name, if different, is among the aliases).' })
  name!: string;

  @Field(() => EntityKind, { description: 'The kind of entity; equals the GraphQL type name.' })
  kind!: string;

  @Field(() => [String], { description: 'Other names: spellings, abbreviations, former names.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => [Evidence], { description: 'The source excerpts that state this entity exists and what it is.' })
  evidence!: Evidence[];
}
