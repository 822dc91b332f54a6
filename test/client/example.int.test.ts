import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gql } from 'graphql-request';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { startTestService, TestService } from '../support/testService';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service.stop();
});

/** Runs the example as `npm run example:theme-coverage -- <url>` does. */
const runExample = (url: string) =>
  promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'examples', 'themeCoverage.ts'), url], { cwd: PROJECT_ROOT });

test('Client example: prints the theme coverage table of a live server, one aligned row per theme as the API answers', async () => {
  const { stdout } = await runExample(service.service.url);
  const { themeCoverage } = await service.client.request<{ themeCoverage: { theme: { name: string }; events: number; cities: number; countries: number }[] }>(
    gql`{ themeCoverage { theme { name } events cities countries } }`,
  );
  expect(themeCoverage.length).toBeGreaterThan(0);

  const [header, rule, ...lines] = stdout.trimEnd().split('\n');
  expect(header.split(/\s{2,}/)).toEqual(['theme', 'events', 'cities', 'countries']);
  expect(rule).toMatch(/^-+( {2}-+){3}$/);
  const rows = lines.map((line) => {
    const [, theme, events, cities, countries] = /^(.+?)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line) ?? [];
    return { theme: { name: theme }, events: Number(events), cities: Number(cities), countries: Number(countries) };
  });
  expect(rows).toEqual(themeCoverage);
  // Aligned: numbers are right-aligned under their headers, so every line ends at the same column.
  expect(new Set([header, rule, ...lines].map((line) => line.length)).size).toBe(1);
});

test('Client example: a server that does not answer is a failure with a message, exit code 1', async () => {
  await expect(runExample('http://127.0.0.1:9/graphql')).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^theme coverage failed: The SCN Graph API could not be reached/) });
});
