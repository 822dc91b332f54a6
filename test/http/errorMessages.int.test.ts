import { MAX_MESSAGE_LENGTH } from '../../src/schema/formatError';
import { startTestService, TestService } from '../support/testService';
import { expectJsonError } from '../support/expectJsonError';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

const post = (body: object) => fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const huge = 'a'.repeat(150_000);

test.each([
  ['a 10k-character operation name', { query: '{ __typename }', operationName: 'A'.repeat(10_000) }, 'OPERATION_RESOLUTION_FAILURE'],
  ['a 10k-character field name', { query: `{ ${'A'.repeat(10_000)} }` }, 'GRAPHQL_VALIDATION_FAILED'],
  ['a 150 kB literal argument', { query: `{ cities(first: "${huge}") { totalCount } }` }, 'GRAPHQL_VALIDATION_FAILED'],
  ['a 150 kB variable value', { query: 'query ($first: Int) { cities(first: $first) { totalCount } }', variables: { first: huge } }, 'BAD_USER_INPUT'],
])('Error messages: %s is not echoed back whole', async (_name, body, code) => {
  const res = await post(body);
  expect((await res.clone().text()).length).toBeLessThan(2_000);
  const error = await expectJsonError(res, 400, code);
  expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(error.message).toMatch(/…$/);
});

test('Error messages: a short message is left whole', async () => {
  const error = await expectJsonError(await post({ query: '{ __typename }', operationName: 'Missing' }), 400, 'OPERATION_RESOLUTION_FAILURE');
  expect(error.message).toBe('Unknown operation named "Missing".');
});
