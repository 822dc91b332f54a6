import { serverAudits } from 'graphql-http';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

// Apollo Server's own published graphql-http report: 72 audits, 42 pass, 29 warnings, 1 error.
const APOLLO_PUBLISHED_WARNINGS = 29;

test('GraphQL over HTTP: the graphql-http server audits find no error and no more warnings than Apollo Server itself', async () => {
  const counts: Record<string, number> = {};
  const notes: string[] = [];
  for (const audit of serverAudits({ url: t.service.url, fetchFn: fetch })) {
    const result = await audit.fn();
    counts[result.status] = (counts[result.status] ?? 0) + 1;
    if (result.status !== 'ok') notes.push(`${result.status} ${audit.id} ${audit.name}: ${result.reason}`);
    if ('response' in result && !result.response.bodyUsed) await result.response.text();
  }
  console.log(`graphql-http audits: ${JSON.stringify(counts)}\n${notes.join('\n')}`);
  expect(counts.error ?? 0).toBe(0);
  expect(counts.warn ?? 0).toBeLessThanOrEqual(APOLLO_PUBLISHED_WARNINGS);
});
