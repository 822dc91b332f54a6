import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

type Page = { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
const countries = gql`
  query ($after: String, $orderBy: EntityOrder) {
    countries(first: 2, after: $after, orderBy: $orderBy) { edges { node { id } } pageInfo { endCursor } }
  }
`;

/** The first error of a request that must fail. */
async function errorOf(query: string, variables: Record<string, unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
  try {
    await t.client.request(query, variables);
  } catch (error) {
    return (error as { response: { errors: { message: string; extensions: Record<string, unknown> }[] } }).response.errors[0];
  }
  throw new Error('expected an error');
}

test.each([
  ['the same field, the other direction', { field: 'NAME', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' }],
  ['another field', { field: 'NAME', direction: 'ASC' }, { field: 'ID', direction: 'ASC' }],
  ['the default order, then an explicit other one', null, { field: 'DATE', direction: 'ASC' }],
])('Cursors: a cursor used under another order (%s) is BAD_USER_INPUT naming after', async (_label, madeFor, usedWith) => {
  const first = await t.client.request<{ countries: Page }>(countries, { orderBy: madeFor });
  const error = await errorOf(countries, { orderBy: usedWith, after: first.countries.pageInfo.endCursor });
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  expect(error.message).toContain(`${usedWith.field} ${usedWith.direction}`);
});

test('Cursors: a cursor used under the order it was made for continues the list', async () => {
  const orderBy = { field: 'NAME', direction: 'DESC' };
  const first = await t.client.request<{ countries: Page }>(countries, { orderBy });
  const next = await t.client.request<{ countries: Page }>(countries, { orderBy, after: first.countries.pageInfo.endCursor });
  const all = await t.client.request<{ countries: Page }>(countries.replace('first: 2', 'first: 4'), { orderBy });
  expect([...first.countries.edges, ...next.countries.edges].map((e) => e.node.id)).toEqual(all.countries.edges.map((e) => e.node.id));
});

test('Cursors: the timeline (always by date) accepts its own cursors', async () => {
  const query = gql`query ($after: String) { events(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }`;
  const first = await t.client.request<{ events: Page }>(query, {});
  const next = await t.client.request<{ events: Page }>(query, { after: first.events.pageInfo.endCursor });
  expect(next.events.edges.length).toBeGreaterThan(0);
  expect(next.events.edges.map((e) => e.node.id)).not.toContain(first.events.edges[0].node.id);
});
