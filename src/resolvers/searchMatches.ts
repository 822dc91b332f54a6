import { PREFIX_MIN_LENGTH, TYPO_MIN_LENGTH, searchWords } from './searchWords';

/**
 * Why a search hit matched, worked out from the entity's name, aliases and description and the words typed,
 * with the rules of the `entity_search` index and of luceneQuery.ts, so that the explanation agrees with the
 * index. The index's analyzer (Neo4j's standard-folding) cuts a text at Unicode word boundaries (UAX #29),
 * folds it to ASCII, lower-cases it and drops English stop words. Each typed word (searchWords) then matches an
 * index word that equals it (the word goes through the same analyzer), that starts with it (3 letters or
 * more) or that is one edit away: a letter added, dropped, changed, or two neighbours swapped (4 letters or
 * more); prefixes and typos compare the typed word lower-cased only, as Lucene does.
 */

export type SearchField = 'NAME' | 'ALIAS' | 'DESCRIPTION';
export type MatchHow = 'EXACT' | 'PREFIX' | 'TYPO';

export interface MatchedWord {
  /** The word typed, as the search read it. */
  query: string;
  /** The word of the text it matched, as the text spells it. */
  matched: string;
  how: MatchHow;
}

export interface SearchMatch {
  field: SearchField;
  /** The name, the alias, or a snippet of the description around the first matched word. */
  text: string;
  words: MatchedWord[];
}

export interface Searchable {
  name: string;
  aliases: readonly string[];
  description: string | null;
}

/** About how long a description snippet is, in characters, "…" not counted. */
export const SNIPPET_LENGTH = 120;

/** Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, which the standard-folding analyzer drops from the index. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** Letters Lucene's ASCIIFoldingFilter folds that Unicode decomposition (NFKD) leaves as they are. */
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ĸ: 'q', ſ: 's',
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u02bc': "'",
};
const FOLDED_LETTER = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');

/** A word as the index's analyzer stores it: ASCII-folded and lower-cased. */
function indexForm(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(FOLDED_LETTER, (c) => FOLDED_LETTERS[c]);
}

interface Token {
  /** As the text spells it. */
  text: string;
  /** As the index holds it. */
  term: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The words of a text that the index holds: Unicode word segmentation (Intl.Segmenter implements UAX #29, as
 * Lucene's StandardTokenizer does; Lucene also keeps a colon between letters inside a word, which ICU does not,
 * so those are joined here), stop words dropped.
 */
function tokens(text: string): Token[] {
  const words: Token[] = [];
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const previous = words[words.length - 1];
    const start = segment.index;
    if (previous && previous.end + 1 === start && text[previous.end] === ':' && /\p{L}$/u.test(previous.text) && /^\p{L}/u.test(segment.segment)) {
      previous.text = text.slice(previous.start, start + segment.segment.length);
      previous.end = start + segment.segment.length;
    } else {
      words.push({ text: segment.segment, term: '', start, end: start + segment.segment.length });
    }
  }
  for (const word of words) word.term = indexForm(word.text);
  return words.filter((word) => !STOP_WORDS.has(word.term));
}

/** Whether two words are at most one edit apart (insertion, deletion, substitution, or swapping two neighbours), by code points. */
export function withinOneEdit(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (i === x.length) return true;
    const rest = (from: number) => x.slice(from).join('') === y.slice(from).join('');
    return rest(i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2));
  }
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  return shorter.slice(i).join('') === longer.slice(i + 1).join('');
}

const STRENGTH: Record<MatchHow, number> = { EXACT: 0, PREFIX: 1, TYPO: 2 };

/** How the index's word `term` matches the typed word `query` (already as searchWords gives it), or null. */
function howMatches(query: string, term: string): MatchHow | null {
  const exact = indexForm(query);
  if (term === exact && !STOP_WORDS.has(exact)) return 'EXACT';
  if (query.length >= PREFIX_MIN_LENGTH && term.startsWith(query)) return 'PREFIX';
  if (query.length >= TYPO_MIN_LENGTH && withinOneEdit(query, term)) return 'TYPO';
  return null;
}

/** For each typed word that matches a word of `text`: its best match (exact, then prefix, then typo; the first in the text). */
function matchWords(words: string[], text: string): { words: MatchedWord[]; first: Token | null } {
  const found: MatchedWord[] = [];
  let first: Token | null = null;
  const all = tokens(text);
  for (const query of words) {
    let best: { token: Token; how: MatchHow } | null = null;
    for (const token of all) {
      const how = howMatches(query, token.term);
      if (how && (!best || STRENGTH[how] < STRENGTH[best.how])) best = { token, how };
    }
    if (!best) continue;
    found.push({ query, matched: best.token.text, how: best.how });
    if (!first || best.token.start < first.start) first = best.token;
  }
  return { words: found, first };
}

/**
 * About SNIPPET_LENGTH characters of `text` around `from`..`to`, cut at spaces, with "…" where cut.
 */
export function snippet(text: string, from: number, to: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  // Start a third of the length before the match (less near the end, so the window stays full), at a word's start.
  let start = Math.max(0, Math.min(from - Math.floor(SNIPPET_LENGTH / 3), text.length - SNIPPET_LENGTH));
  if (start > 0) start = text.lastIndexOf(' ', start) + 1;
  // End at the last space of the window after the match, or after the match's word when none.
  let end = Math.max(start + SNIPPET_LENGTH, to);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space >= to ? space : text.indexOf(' ', to) < 0 ? text.length : text.indexOf(' ', to);
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * Why `entity` matches `text` as the search index sees it: the name, each alias, then the description (as a
 * snippet), each with the typed words it matched and how. Empty when nothing matches.
 */
export function searchMatches(text: string, entity: Searchable): SearchMatch[] {
  const words = [...new Set(searchWords(text))];
  const matches: SearchMatch[] = [];
  const name = matchWords(words, entity.name);
  if (name.words.length > 0) matches.push({ field: 'NAME', text: entity.name, words: name.words });
  for (const alias of entity.aliases) {
    const found = matchWords(words, alias);
    if (found.words.length > 0) matches.push({ field: 'ALIAS', text: alias, words: found.words });
  }
  if (entity.description) {
    const found = matchWords(words, entity.description);
    if (found.first) matches.push({ field: 'DESCRIPTION', text: snippet(entity.description, found.first.start, found.first.end), words: found.words });
  }
  return matches;
}
