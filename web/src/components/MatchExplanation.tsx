import type { ReactNode } from 'react';
import type { SearchMatchFieldsFragment } from '../generated/graphql';
import { explainWord, type WordMatch } from '../format/explainWord';

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the words that matched marked. */
function marked(text: string, words: readonly WordMatch[]): ReactNode[] {
  const matched = [...new Set(words.map((word) => word.matched).filter(Boolean))];
  if (matched.length === 0) return [text];
  const pattern = new RegExp(`(${matched.map(escaped).join('|')})`, 'giu');
  return text.split(pattern).map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}

/**
 * One reason a hit matched: the field (name, alias, description), its text (a description's snippet around the
 * match) with the matched words marked, and how each word typed matched ("accents forgiven", "a typo forgiven").
 */
export function MatchExplanation({ match }: { match: SearchMatchFieldsFragment }) {
  const field = match.field.toLowerCase();
  return (
    <p className="why">
      {field}{' '}
      {match.field === 'DESCRIPTION' ? <>“{marked(match.text, match.words)}”</> : <>«{marked(match.text, match.words)}»</>}
      {match.words.length > 0 ? <> — {match.words.map(explainWord).join('; ')}</> : null}
    </p>
  );
}
