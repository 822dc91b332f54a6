import { SNIPPET_LENGTH, searchMatches, snippet, withinOneEdit } from '../../src/resolvers/searchMatches';

const entity = (name: string, aliases: string[] = [], description: string | null = null) => ({ name, aliases, description });

describe('Search matches: how a typed word matches', () => {
  test('case and accents are forgiven, and the word is shown as the text spells it', () => {
    expect(searchMatches('DURRES', entity('Durrës'))).toEqual([{ field: 'NAME', text: 'Durrës', words: [{ query: 'durres', matched: 'Durrës', how: 'EXACT' }] }]);
  });

  test('letters that decomposition leaves alone are folded as the index folds them (đ, ø, ß)', () => {
    expect(searchMatches('dakovica', entity('Đakovica'))[0].words).toEqual([{ query: 'dakovica', matched: 'Đakovica', how: 'EXACT' }]);
    expect(searchMatches('strasse', entity('Hauptstraße'))).toEqual([]);
    expect(searchMatches('hauptstrasse', entity('Hauptstraße'))[0].words[0].how).toBe('EXACT');
  });

  test('a word of three letters or more matches the start of a word: PREFIX', () => {
    expect(searchMatches('reint', entity('Returnees and reintegration'))[0].words).toEqual([{ query: 'reint', matched: 'reintegration', how: 'PREFIX' }]);
    expect(searchMatches('re', entity('Returnees and reintegration'))).toEqual([]);
  });

  test('a word of four letters or more one edit away: TYPO (added, dropped, changed or swapped letters)', () => {
    for (const typed of ['reintegraton', 'reintegrattion', 'reintegrasion', 'reintegartion']) {
      expect(searchMatches(typed, entity('Returnees and reintegration'))[0].words).toEqual([{ query: typed, matched: 'reintegration', how: 'TYPO' }]);
    }
    expect(searchMatches('reintgraton', entity('Returnees and reintegration'))).toEqual([]);
    expect(searchMatches('kol', entity('Kolkata'))[0].words[0].how).toBe('PREFIX');
    expect(searchMatches('cit', entity('Cat'))).toEqual([]);
  });

  test('the best match of a word wins: exact over prefix over typo', () => {
    expect(searchMatches('city', entity('Cities and the city'))[0].words).toEqual([{ query: 'city', matched: 'city', how: 'EXACT' }]);
  });

  test('stop words are not in the index: "the" matches only as the start of a longer word', () => {
    expect(searchMatches('the', entity('The Maldives'))).toEqual([]);
    expect(searchMatches('the', entity('Risk themes'))[0].words).toEqual([{ query: 'the', matched: 'themes', how: 'PREFIX' }]);
  });

  test('words are cut as the index cuts them: "U.S." is one word, "SCN\'s" is one word', () => {
    expect(searchMatches('u s', entity('U.S. Department of State'))).toEqual([]);
    expect(searchMatches('scn', entity("The SCN's members"))[0].words).toEqual([{ query: 'scn', matched: "SCN's", how: 'PREFIX' }]);
    expect(searchMatches('department', entity('U.S. Department of State'))[0].words[0].matched).toBe('Department');
  });

  test('name, then each alias, then the description; only the parts that match', () => {
    const matches = searchMatches('bih sarajevo', entity('Bosnia and Herzegovina', ['BiH', 'Bosna'], 'A country whose capital is Sarajevo.'));
    expect(matches).toEqual([
      { field: 'ALIAS', text: 'BiH', words: [{ query: 'bih', matched: 'BiH', how: 'EXACT' }] },
      { field: 'DESCRIPTION', text: 'A country whose capital is Sarajevo.', words: [{ query: 'sarajevo', matched: 'Sarajevo', how: 'EXACT' }] },
    ]);
  });

  test('nothing typed, or nothing found: no match', () => {
    expect(searchMatches('  "*~ ', entity('Durrës'))).toEqual([]);
    expect(searchMatches('aarhus', entity('Durrës', ['Durres'], 'A city in Albania.'))).toEqual([]);
  });
});

describe('Search matches: description snippets', () => {
  const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
  const long = words.join(' ');

  test('a long description is cut at spaces around the match, "…" where cut, about the snippet length', () => {
    const [match] = searchMatches('word30', entity('Something', [], long));
    expect(match.field).toBe('DESCRIPTION');
    expect(match.text.startsWith('…')).toBe(true);
    expect(match.text.endsWith('…')).toBe(true);
    expect(match.text).toContain('word30');
    const body = match.text.slice(1, -1);
    expect(body.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(body.length).toBeGreaterThan(SNIPPET_LENGTH - 10);
    expect(long).toContain(body);
    expect(body.split(' ').every((w) => words.includes(w))).toBe(true);
  });

  test('a match at the start is not cut before; one at the end is not cut after', () => {
    expect(snippet(long, 0, 5)).toMatch(/^word0 word1 .*…$/);
    expect(snippet(long, long.length - 6, long.length)).toMatch(/^….* word58 word59$/);
  });

  test('a short description is shown whole', () => {
    expect(snippet('A city in Albania.', 10, 17)).toBe('A city in Albania.');
  });

  test('a word longer than the snippet is kept whole', () => {
    const text = `${'a '.repeat(100)}${'x'.repeat(200)} end`;
    expect(snippet(text, 200, 400)).toBe(`…${'a '.repeat(20).trim()} ${'x'.repeat(200)}…`);
  });
});

test('Search matches: one edit apart, by code points', () => {
  expect(withinOneEdit('durres', 'durres')).toBe(true);
  expect(withinOneEdit('durres', 'dures')).toBe(true);
  expect(withinOneEdit('durres', 'durrres')).toBe(true);
  expect(withinOneEdit('durres', 'durris')).toBe(true);
  expect(withinOneEdit('durres', 'udrres')).toBe(true);
  expect(withinOneEdit('durres', 'udrers')).toBe(false);
  expect(withinOneEdit('durres', 'dur')).toBe(false);
  expect(withinOneEdit('ab', 'ba')).toBe(true);
});
