import { gql } from 'graphql-request';
import { readSeeds } from '../../src/seed/readSeeds';
import { SEEDS_DIR } from '../../src/seed/seedsDir';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

interface Match {
  field: 'NAME' | 'ALIAS' | 'DESCRIPTION';
  text: string;
  words: { query: string; matched: string; how: 'EXACT' | 'PREFIX' | 'TYPO' }[];
}
type Hits = { search: { entity: { id: string; name: string; aliases: string[]; description: string | null }; matches: Match[] }[] };
const SEARCH = gql`
  query ($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { entity { id name aliases description } matches { field text words { query matched how } } }
  }
`;

async function search(text: string, kinds?: string[], first = 10) {
  return (await t.client.request<Hits>(SEARCH, { text, kinds, first })).search;
}

async function hit(text: string, id: string, kinds?: string[]) {
  const found = (await search(text, kinds)).find((h) => h.entity.id === id);
  if (!found) throw new Error(`${id} not found for ${text}`);
  return found;
}

test('Search matches: "durres" matches Durrës\'s name, the accent forgiven', async () => {
  const durres = await hit('durres', 'city:durres', ['City']);
  expect(durres.entity.name).toBe('Durrës');
  expect(durres.matches[0]).toEqual({ field: 'NAME', text: 'Durrës', words: [{ query: 'durres', matched: 'Durrës', how: 'EXACT' }] });
});

test('Search matches: a word with a typo shows TYPO and the word it stands for', async () => {
  const theme = await hit('reintegraton', 'theme:returnees-and-reintegration');
  const name = theme.matches.find((m) => m.field === 'NAME');
  expect(name?.words).toEqual([{ query: 'reintegraton', matched: 'reintegration', how: 'TYPO' }]);
  expect(name?.text).toBe(theme.entity.name);
});

test('Search matches: an alias hit names the alias', async () => {
  const bosnia = await hit('BiH', 'country:bosnia-and-herzegovina', ['Country']);
  expect(bosnia.entity.name).toBe('Bosnia and Herzegovina');
  expect(bosnia.matches).toEqual([{ field: 'ALIAS', text: 'BiH', words: [{ query: 'bih', matched: 'BiH', how: 'EXACT' }] }]);
});

test('Search matches: a word found only in the description shows a snippet of it around the word', async () => {
  const hits = await search('practitioners', undefined, 100);
  const inDescription = hits.filter((h) => h.matches.every((m) => m.field === 'DESCRIPTION'));
  expect(inDescription.length).toBeGreaterThan(0);
  for (const h of inDescription) {
    const [match] = h.matches;
    expect(match.words.map((w) => w.query)).toEqual(['practitioners']);
    expect(match.text.toLowerCase()).toContain(match.words[0].matched.toLowerCase());
    expect(h.entity.description).toContain(match.text.replace(/^…/, '').replace(/…$/, ''));
    expect(match.text.replace(/…/g, '').length).toBeLessThanOrEqual(130);
  }
});

test('Search matches: a prefix shows PREFIX with the whole word', async () => {
  const kolkata = await hit('kolk', 'city:kolkata', ['City']);
  expect(kolkata.matches[0]).toEqual({ field: 'NAME', text: 'Kolkata', words: [{ query: 'kolk', matched: 'Kolkata', how: 'PREFIX' }] });
});

/** Every word of the record's names, aliases and descriptions, and a typo and a prefix of each longer word. */
function recordQueries(): string[] {
  const words = new Set<string>();
  for (const file of readSeeds(SEEDS_DIR)) {
    if (file.kind !== 'document') continue;
    for (const e of file.data.entities) {
      for (const text of [e.name, ...(e.aliases ?? []), e.description ?? '']) for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
    }
  }
  const queries = new Set<string>();
  for (const w of words) {
    queries.add(w);
    if (w.length >= 5) {
      queries.add(w.slice(0, 1) + w.slice(2)); // a letter dropped
      queries.add(w.slice(0, 4)); // a prefix
    }
  }
  return [...queries].sort();
}

test('Search matches: every hit the index returns, for every word of the record, a typo of it and a prefix, says why it matched', async () => {
  const queries = recordQueries();
  expect(queries.length).toBeGreaterThan(300);
  const unexplained: string[] = [];
  let hits = 0;
  for (const text of queries) {
    for (const h of await search(text, undefined, 100)) {
      hits += 1;
      const typed = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const words = h.matches.flatMap((m) => m.words);
      if (words.length === 0 || words.some((w) => w.query !== typed)) unexplained.push(`${text} → ${h.entity.id}: ${JSON.stringify(h.matches)}`);
    }
  }
  expect(hits).toBeGreaterThan(queries.length);
  expect(unexplained).toEqual([]);
});
