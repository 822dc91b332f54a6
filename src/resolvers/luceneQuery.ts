import { PREFIX_MIN_LENGTH, TYPO_MIN_LENGTH, searchWords } from './searchWords';

/**
 * Turns what a user typed into a safe Lucene query for the `entity_search` full-text index.
 * User text never reaches Lucene as syntax: it is cut into words of letters and digits (quotes,
 * backslashes, wildcards, parentheses and operators are dropped), folded to lower-case ASCII like
 * the index's standard-folding analyzer, and each word becomes "exact, or one typo away, or a prefix",
 * with a word in the name weighing most, then in an alias, then in the description.
 * Returns null when no word is left.
 */
export function luceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const clauses = [`name:${w}^8`, `aliasText:${w}^4`, `${w}^2`];
      if (w.length >= TYPO_MIN_LENGTH) clauses.push(`${w}~1`);
      if (w.length >= PREFIX_MIN_LENGTH) clauses.push(`${w}*`);
      return `(${clauses.join(' OR ')})`;
    })
    .join(' OR ');
}
