import { Field, ObjectType } from 'type-graphql';
import { GRAPHQL_ENUMS } from './enums';

/** The `source` field is declared by EvidenceResolver (declaring it here would make an import cycle with Entity). */
@ObjectType({ description: 'Why the graph holds a fact: a verbatim excerpt of a source held as text, or a citation of a source known by reference.' })
export class Evidence {
  @Field(() => GRAPHQL_ENUMS.EvidenceKind, { description: 'EXCERPT (verbatim text; `excerpt` is set) or CITATION (a source cited by reference; `statement` is set).' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'For an excerpt: a clause or sentence quoted verbatim from the source text. Null for a citation (the project does not hold or copy that text).' })
  excerpt!: string | null;

  @Field(() => String, { nullable: true, description: 'For a citation: the claim the source states, in one line of our own words (not quoted). Null for an excerpt.' })
  statement!: string | null;

  @Field(() => String, { nullable: true, description: 'For a citation: where in the source the claim is, such as a heading; null when the whole page states it, and for an excerpt.' })
  locator!: string | null;
}
