import { Field, ObjectType } from 'type-graphql';
import { describedEnum } from './describedEnum';
import { MatchHow as MatchHowName, SearchField as SearchFieldName } from '../searchMatches';

/** Where a search hit matched: the GraphQL enum of searchMatches.ts's fields. */
export const SearchField = describedEnum<SearchFieldName>('SearchField', 'The part of an entity a search matched.', {
  NAME: 'Its name.',
  ALIAS: 'One of its aliases (another spelling or name a source uses).',
  DESCRIPTION: 'Its description.',
});

/** How a typed word matched: the GraphQL enum of searchMatches.ts's kinds of match. */
export const MatchHow = describedEnum<MatchHowName>('MatchHow', 'How a typed word matched a word of the text; case and accents are always forgiven.', {
  EXACT: 'The same word.',
  PREFIX: 'The word of the text starts with the typed word (typed words of 3 letters or more).',
  TYPO: 'One letter added, dropped, changed, or two neighbours swapped (typed words of 4 letters or more).',
});

@ObjectType({ description: 'A typed word and the word of the text it matched.' })
export class MatchedWord {
  @Field({ description: 'The word typed, as the search reads it (lower-case, accents dropped).' })
  query!: string;

  @Field({ description: 'The word of the text it matched, as the text spells it.' })
  matched!: string;

  @Field(() => MatchHow, { description: 'How it matched.' })
  how!: MatchHowName;
}

@ObjectType({ description: 'Why a search hit matched: one part of the entity and the typed words found in it.' })
export class SearchMatch {
  @Field(() => SearchField, { description: 'Which part matched.' })
  field!: SearchFieldName;

  @Field({ description: 'The name, the alias, or a short snippet of the description around the match ("…" where cut).' })
  text!: string;

  @Field(() => [MatchedWord], { description: 'The typed words found in it, each with the word it matched and how.' })
  words!: MatchedWord[];
}
