import type { SearchMatchFieldsFragment } from '../generated/graphql';

/** One word of a search and what it matched, as the API says (SearchHit.matches[].words). */
export type WordMatch = SearchMatchFieldsFragment['words'][number];

/** A word without its accents, in lower case: what the search compares (case and accents are always forgiven). */
const folded = (word: string) => word.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();

/**
 * Why one word matched, in words: "‘durres’ as ‘Durrës’, accents forgiven", "‘durr’ begins ‘Durrës’",
 * "‘reintegraton’ as ‘reintegration’, a typo forgiven", or just "‘durres’" for the same word.
 */
export function explainWord({ query, matched, how }: WordMatch): string {
  if (how === 'PREFIX') return `‘${query}’ begins ‘${matched}’`;
  if (how === 'TYPO') return `‘${query}’ as ‘${matched}’, a typo forgiven`;
  if (query.toLowerCase() === matched.toLowerCase()) return `‘${query}’`;
  if (folded(query) === folded(matched)) return `‘${query}’ as ‘${matched}’, accents forgiven`;
  return `‘${query}’ as ‘${matched}’`;
}
