import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

test.each([
  ['shortestPath maxLength', '{ shortestPath(fromId: "city:durres", toId: "city:aarhus", maxLength: 11) { length } }', 'maxLength', 'must not be greater than 10'],
  ['allShortestPaths first', '{ allShortestPaths(fromId: "city:durres", toId: "city:aarhus", first: 51) { length } }', 'first', 'must not be greater than 50'],
  ['neighborhood depth', '{ neighborhood(id: "city:durres", depth: 4) { truncated } }', 'depth', 'must not be greater than 3'],
  ['neighborhood limit', '{ neighborhood(id: "city:durres", limit: 1001) { truncated } }', 'limit', 'must not be greater than 1000'],
  ['neighborhood depth 0', '{ neighborhood(id: "city:durres", depth: 0) { truncated } }', 'depth', 'must not be less than 1'],
  ['commonConnections ids', '{ commonConnections(ids: ["city:durres"]) { id } }', 'ids', 'must contain at least 2 elements'],
  ['commonConnections repeated id', '{ commonConnections(ids: ["city:durres", "city:durres"]) { id } }', 'ids', 'at least 2 different entities'],
  ['commonConnections first', '{ commonConnections(ids: ["city:durres", "city:aarhus"], first: 101) { id } }', 'first', 'must not be greater than 100'],
  ['relatedInitiatives first', '{ relatedInitiatives(entityId: "partner:icma", first: 51) { score } }', 'first', 'must not be greater than 50'],
  ['search first', '{ search(text: "durres", first: 101) { score } }', 'first', 'must not be greater than 100'],
  ['events first', '{ events(first: 101) { totalCount } }', 'first', 'must not be greater than 100'],
  ['path relationshipTypes', '{ shortestPath(fromId: "city:durres", toId: "city:aarhus", relationshipTypes: ["NOPE"]) { length } }', 'relationshipTypes', 'unknown relationship type'],
])('Bounds: %s past its maximum is BAD_USER_INPUT naming the argument', async (_label, query, argument, message) => {
  const { result, queries } = await t.countQueries(async () => {
    try {
      await t.client.request(query);
    } catch (error) {
      return (error as { response: { errors: { message: string; extensions: Record<string, unknown> }[] } }).response.errors[0];
    }
    throw new Error('expected an error');
  });
  expect(result.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(result.message).toContain(message);
  expect(queries).toEqual([]);
});
