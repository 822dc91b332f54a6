import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { gql } from 'graphql-request';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { watchedPage } from '../support/browser';
import { explorerSuite } from '../support/explorerSuite';

// Introspection off, as in production: the docs must come from the schema bundled into the page.
const suite = explorerSuite({ production: true, graphiql: true });

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));

test('GraphiQL: loads from this server alone, shows the schema\'s descriptions without introspection, and runs the first example', async () => {
  const watched = await watchedPage(suite.browser, suite.service.baseUrl);
  const { page } = watched;
  // Monaco's editor and GraphQL language workers start from this server's files (the CSP's worker-src lets them);
  // were they refused, Monaco would run their code on the page's own thread instead.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/graphiql');
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor();
  await expect(page.title()).resolves.toMatch(/GraphiQL/);

  // The first tab holds the README's first example.
  await expect(page.locator('.graphiql-query-editor').first().innerText()).resolves.toMatch(/workshop:western-balkans-durres-2017/);

  // Docs: the Query type's description, from the schema file (introspection is off on this server).
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
  await page.locator('.graphiql-doc-explorer').getByText(schema.getQueryType()!.description!).waitFor();

  // Run it: the workshop's name, as the API gives it, shows in the result pane.
  const { node } = await suite.service.client.request<{ node: { name: string } }>(gql`{ node(id: "workshop:western-balkans-durres-2017") { name } }`);
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.locator('.graphiql-response').getByText(node.name, { exact: false }).first().waitFor();
  await watched.screenshot('graphiql');

  // GraphiQL's tab bar puts each tab's close button inside the element with role="tab" (its own markup, from
  // @graphiql/react), which axe reports as nested-interactive; nothing on our side can change that, so only that rule
  // is set aside. Every other rule applies, colour contrast included (web/graphiql/graphiql.css).
  expect((await watched.accessibilityViolations()).filter((violation) => !violation.startsWith('nested-interactive '))).toEqual([]);
  expect(workers).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/editor\.worker-/), expect.stringMatching(/^\/assets\/graphql\.worker-/)]));
  expect(watched.problems).toEqual([]);
});
