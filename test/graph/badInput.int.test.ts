import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

/** The first error of a request that must fail. */
async function errorOf(query: string): Promise<{ message: string; extensions: { code: string; argument?: string } }> {
  try {
    await t.client.request(query);
  } catch (error) {
    const errors = (error as { response: { errors: { message: string; extensions: { code: string; argument?: string } }[] } }).response.errors;
    return errors[0];
  }
  throw new Error(`expected an error from ${query}`);
}

test('Bad input: a page size past its maximum names the argument and the maximum', async () => {
  const error = await errorOf(gql`{ cities(first: 1000) { edges { node { id } } } }`);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  expect(error.message).toBe('Argument "first" must not be greater than 100.');
});

test('Bad input: a negative relationship page size is refused', async () => {
  const error = await errorOf(gql`{ node(id: "network:scn") { ... on Network { partners(first: -1) { id } } } }`);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  expect(error.message).toContain('must not be less than 0');
});

test('Bad input: a cursor not made by the API is refused', async () => {
  const error = await errorOf(gql`{ cities(after: "not-a-cursor") { edges { node { id } } } }`);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
});

test('Bad input: an unknown relationship type is refused with the known ones listed', async () => {
  const error = await errorOf(gql`{ node(id: "city:durres") { relationships(types: ["LIVES_IN"]) { type } } }`);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types' });
  expect(error.message).toContain('LIVES_IN');
  expect(error.message).toContain('HELD_IN');
});

test('Bad input: a malformed date filter names the argument', async () => {
  const error = await errorOf(gql`{ workshops(filter: { from: "2017-13" }) { edges { node { id } } } }`);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
});

test('Bad input: too many ids in one entities call is refused', async () => {
  const ids = JSON.stringify(Array.from({ length: 501 }, (_, i) => `city:x${i}`));
  const error = await errorOf(`{ entities(ids: ${ids}) { id } }`);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
});

test('Bad input: a query nested past the depth limit is refused before it runs', async () => {
  const deep = 'relationships { to { '.repeat(8) + 'id' + ' } }'.repeat(8);
  const { result, queries } = await t.countQueries(() => errorOf(`{ node(id: "city:durres") { ${deep} } }`));
  expect(result.message).toMatch(/depth/i);
  expect(queries).toEqual([]);
});
