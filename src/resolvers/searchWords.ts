/**
 * How `search` reads what a user typed, declared once for the Lucene query (luceneQuery.ts) and for the
 * explanation of each hit (searchMatches.ts): words of letters and digits, accents dropped, lower-cased.
 */

/** At most this many words of the text are searched. */
export const MAX_SEARCH_WORDS = 16;

/** Words at least this long also match index words one typo (one edit) away. */
export const TYPO_MIN_LENGTH = 4;

/** Words at least this long also match index words that start with them. */
export const PREFIX_MIN_LENGTH = 3;

/** The words of `text` as the search takes them: split at anything but letters and digits, accents dropped (NFKD), lower-cased. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}
