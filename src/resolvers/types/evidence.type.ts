import { Field, ObjectType } from 'type-graphql';

/** The `source` field is declared by EvidenceResolver (declaring it here would make an import cycle with Entity). */
@ObjectType({ description: 'Why the graph holds a fact: a verbatim excerpt of a source document.' })
export class Evidence {
  @Field({ description: 'A clause or sentence quoted verbatim from the source text.' })
  excerpt!: string;
}
