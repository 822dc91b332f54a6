import { gql } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

interface Related {
  initiative: { id: string };
  score: number;
  reasons: string[];
}
const QUERY = gql`query ($id: ID!) { relatedInitiatives(entityId: $id) { initiative { id } score reasons } }`;

test('Related initiatives: for ICMA, both initiatives with reasons, the framework first', async () => {
  const data = await t.client.request<{ relatedInitiatives: Related[] }>(QUERY, { id: 'partner:icma' });
  const ids = data.relatedInitiatives.map((r) => r.initiative.id);
  expect(ids).toEqual(['initiative:isd-creative-joint-framework', 'initiative:local-action-plans']);
  for (const r of data.relatedInitiatives) {
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.score).toBeGreaterThan(0);
  }
  const framework = data.relatedInitiatives[0];
  expect(framework.reasons).toContain('shares theme Risk assessment');
  expect(framework.reasons).toContain('shares event SCN Western Balkans Regional Practitioners’ Workshop');
  expect(framework.score).toBeGreaterThanOrEqual(data.relatedInitiatives[1].score);
});

test('Related initiatives: an initiative an entity is directly part of is not suggested to it', async () => {
  const data = await t.client.request<{ relatedInitiatives: Related[] }>(QUERY, { id: 'partner:isd' });
  expect(data.relatedInitiatives.map((r) => r.initiative.id)).toEqual(['initiative:local-action-plans']);
  expect(data.relatedInitiatives[0].reasons).toEqual(expect.arrayContaining(['shares theme Risk assessment', 'shares partner Creative Associates International']));
  // Strongest first: two workshops at 2 / (1 × 2), ties by name: the Kolkata workshop ISD organised, which followed
  // the one that discussed the plans, and the Durrës workshop, two steps from ISD and one from the plans; then the
  // theme two steps from both (3 / (2 × 2)).
  expect(data.relatedInitiatives[0].reasons.slice(0, 2)).toEqual([
    'shares event SCN South Asia Regional Practitioners’ Workshop',
    'shares event SCN Western Balkans Regional Practitioners’ Workshop',
  ]);
  expect(data.relatedInitiatives[0].score).toBeCloseTo(3.75);
});

test('Related initiatives: the ranking is deterministic', async () => {
  const a = await t.client.request(QUERY, { id: 'country:serbia' });
  const b = await t.client.request(QUERY, { id: 'country:serbia' });
  expect(a).toEqual(b);
});

test('Related initiatives: empty for an unknown id', async () => {
  const data = await t.client.request<{ relatedInitiatives: Related[] }>(QUERY, { id: 'partner:nobody' });
  expect(data.relatedInitiatives).toEqual([]);
});
