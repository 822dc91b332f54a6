import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { luceneQuery } from '../../src/resolvers/luceneQuery';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

const SEARCH = gql`query ($text: String!, $kinds: [EntityKind!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { entity { id kind } score } }`;
type Hits = { search: { entity: { id: string; kind: string }; score: number }[] };

async function search(text: string, kinds?: string[]): Promise<string[]> {
  const data = await t.client.request<Hits>(SEARCH, { text, kinds });
  return data.search.map((h) => h.entity.id);
}

test('Search: "durres" finds Durrës without the accent, the city first among cities', async () => {
  const ids = await search('durres');
  expect(ids).toContain('city:durres');
  expect(await search('DURRËS', ['City'])).toEqual(['city:durres']);
});

test('Search: one typo is forgiven ("reintegraton")', async () => {
  const ids = await search('reintegraton');
  expect(ids[0]).toBe('theme:returnees-and-reintegration');
});

test('Search: aliases are searched ("Macedonia" finds North Macedonia)', async () => {
  const ids = await search('Macedonia', ['Country']);
  expect(ids).toEqual(['country:north-macedonia']);
});

test('Search: hits are ranked by score, best first', async () => {
  const data = await t.client.request<Hits>(SEARCH, { text: 'Aarhus' });
  const scores = data.search.map((h) => h.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(data.search[0].entity.id).toBe('city:aarhus');
});

test.each([
  ['a lone quote', '"'],
  ['a backslash', '\\'],
  ['a wildcard', '*'],
  ['a tilde', '~'],
  ['operators', 'AND OR'],
  ['unbalanced parentheses', '((durres'],
  ['Lucene field syntax', 'name:durres'],
  ['a mix', 'du"rr\\es* ~ AND ) OR ['],
])('Search: hostile text (%s) never errors', async (_label, text) => {
  const data = await t.client.request<Hits>(SEARCH, { text });
  expect(Array.isArray(data.search)).toBe(true);
});

test('Search: text with syntax characters still finds the words in it', async () => {
  expect(await search('((durres', ['City'])).toEqual(['city:durres']);
});

test('Search: 10 kB of text is refused with the argument and its maximum', async () => {
  await expect(t.client.request(SEARCH, { text: 'durres '.repeat(1500) })).rejects.toMatchObject({
    response: { errors: [expect.objectContaining({ message: 'Argument "text" must be shorter than or equal to 500 characters.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'text' }) })] },
  });
});

test('Search: the query builder drops every Lucene operator', () => {
  expect(luceneQuery('"*~\\()[]{}^:!&&||')).toBeNull();
  expect(luceneQuery('AND OR')).toBe('(name:and^8 OR aliasText:and^4 OR and^2 OR and*) OR (name:or^8 OR aliasText:or^4 OR or^2)');
  expect(luceneQuery('Durrës')).toBe('(name:durres^8 OR aliasText:durres^4 OR durres^2 OR durres~1 OR durres*)');
});
