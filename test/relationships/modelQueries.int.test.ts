import { gql } from 'graphql-request';
import { EVENT_KIND_NAMES, KIND_NAMES, KINDS } from '../../src/model/kinds';
import { RELATIONSHIPS } from '../../src/model/relationships';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

test('Model queries: kinds lists every kind in the model\'s order, with its description and whether it is an event', async () => {
  const data = await t.client.request<{ kinds: { kind: string; description: string; event: boolean }[] }>(gql`{ kinds { kind description event } }`);
  expect(data.kinds.map((k) => k.kind)).toEqual(KIND_NAMES);
  expect(data.kinds.filter((k) => k.event).map((k) => k.kind)).toEqual(EVENT_KIND_NAMES);
  expect(data.kinds.find((k) => k.kind === 'City')?.description).toBe(KINDS.City.description);
});

test('Model queries: relationshipTypes gives each type with its meaning and the kinds it joins', async () => {
  const data = await t.client.request<{ relationshipTypes: { type: string; meaning: string; fromKinds: string[]; toKinds: string[] }[] }>(
    gql`{ relationshipTypes { type meaning fromKinds toKinds } }`,
  );
  expect(data.relationshipTypes.map((r) => r.type)).toEqual(Object.keys(RELATIONSHIPS));
  expect(data.relationshipTypes.find((r) => r.type === 'LOCATED_IN')).toEqual({ type: 'LOCATED_IN', meaning: 'a city lies in a country', fromKinds: ['City'], toKinds: ['Country'] });
});

test('Model queries: the EntityKind values carry the kinds\' descriptions', async () => {
  const data = await t.client.request<{ __type: { enumValues: { name: string; description: string }[] } }>(gql`{ __type(name: "EntityKind") { enumValues { name description } } }`);
  expect(data.__type.enumValues).toEqual(KIND_NAMES.map((kind) => ({ name: kind, description: KINDS[kind].description })));
});

test('Model queries: answered from the model, without asking Neo4j', async () => {
  const { queries } = await t.countQueries(() => t.client.request(gql`{ kinds { kind } relationshipTypes { type } }`));
  expect(queries).toEqual([]);
});
