import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gql } from 'graphql-request';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { TestService, startTestService } from '../support/testService';
import { createTestKey } from '../support/apiKeys';
import { testDatabaseSettings } from '../support/testDatabase';
import { deleteCurationTestData } from '../support/curation';
import { graphState } from '../support/hostileGraph';

const EDITOR = 'import cli test editor';
const SOURCE = 'source:test-cli-doc';
const CITY = 'city:test-cli-town';

const cited = (statement: string) => [{ statement, locator: 'Body' }];
const document = (cityName: string, to = 'network:scn') => ({
  source: { id: SOURCE, name: 'CLI test page', address: 'https://example.org/cli-test', title: 'CLI test page', publisher: 'Test publisher', documentType: 'web page', evidence: [] },
  entities: [{ id: CITY, kind: 'City', name: cityName, aliases: [], evidence: cited(`${cityName} is named.`) }],
  relationships: [{ type: 'MEMBER_OF', from: CITY, to, evidence: cited('The town is a member.') }],
});

let svc: TestService;
let dir: string;
let key: string;

/** Runs `npm run import -- ARGS` as a child process; resolves with its exit code and output whatever the code. */
async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src', 'curation', 'importCli.ts'), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function writeDocument(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

beforeAll(async () => {
  svc = await startTestService();
  key = await createTestKey(svc.db, 'editor', EDITOR);
  dir = mkdtempSync(join(tmpdir(), 'scn-import-cli-'));
});
afterAll(async () => {
  await deleteCurationTestData(svc.db, [SOURCE, CITY], [EDITOR, 'command line']);
  rmSync(dir, { recursive: true, force: true });
  await svc.stop();
});

test('Import CLI: through a server, a dry run reports and writes nothing, the import prints its change; bad documents and usage fail with one line', async () => {
  const file = writeDocument('town.json', document('Clitown'));
  const before = await graphState(svc.db);
  const dry = await runCli([file, '--dry-run', '--url', svc.service.url], { SCN_API_KEY: key });
  expect(dry).toMatchObject({ code: 0, stderr: '' });
  expect(dry.stdout).toContain(`  created entity ${CITY}\n`);
  expect(dry.stdout).toContain('import: town.json: 3 created, 0 changed, 0 pruned, 0 unchanged; dry run: nothing written\n');
  expect(await graphState(svc.db)).toEqual(before);

  const real = await runCli([file, '--url', svc.service.url], { SCN_API_KEY: key });
  expect(real.stdout).toMatch(/^import: town\.json: 3 created, 0 changed, 0 pruned, 0 unchanged; change [0-9a-f-]{36}$/m);
  const { node } = await svc.client.request<{ node: { name: string } }>(gql`{ node(id: "${CITY}") { name } }`);
  expect(node.name).toBe('Clitown');

  const bad = await runCli([writeDocument('bad.json', document('Clitown', 'network:test-cli-missing')), '--url', svc.service.url], { SCN_API_KEY: key });
  expect(bad).toEqual({
    code: 1,
    stdout: '',
    stderr: 'import: bad.json: source:test-cli-doc: relationship #1 (MEMBER_OF city:test-cli-town -> network:test-cli-missing): field to: no entity with id network:test-cli-missing\n',
  });
  expect(await runCli([writeDocument('broken.json', '{"source":'), '--url', svc.service.url], { SCN_API_KEY: key })).toMatchObject({ code: 1, stderr: expect.stringMatching(/^import: broken\.json: cannot read a JSON document: .*\n$/) });
  expect(await runCli([file, '--url', svc.service.url], { SCN_API_KEY: '' })).toMatchObject({ code: 2, stderr: expect.stringContaining('SCN_API_KEY is not set') });
  expect(await runCli([], {})).toMatchObject({ code: 2, stderr: expect.stringContaining("missing required argument 'file'") });
});

test('Import CLI: --database writes straight into Neo4j, recorded as the command line', async () => {
  const settings = testDatabaseSettings();
  const env = { NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, SCN_API_KEY: '' };
  const renamed = await runCli([writeDocument('renamed.json', document('Clitown-on-Sea')), '--database'], env);
  expect(renamed).toMatchObject({ code: 0, stderr: '' });
  expect(renamed.stdout).toContain(`  changed entity ${CITY}\n`);
  expect(renamed.stdout).toMatch(/^import: renamed\.json: 0 created, 1 changed, 0 pruned, 2 unchanged; change [0-9a-f-]{36}$/m);
  const { history } = await svc.client.request<{ history: { by: string; operation: string; after: { properties: { name: string } } }[] }>(gql`{ history(id: "${CITY}", first: 1) { by operation after } }`);
  expect(history).toEqual([{ by: 'command line', operation: 'importDocument', after: expect.objectContaining({ properties: expect.objectContaining({ name: 'Clitown-on-Sea' }) }) }]);
  const kind = await runCli([writeDocument('kind.json', { ...document('Clitown'), entities: [{ id: 'city:durres', kind: 'Country', name: 'Durrës', aliases: [], evidence: cited('x') }], relationships: [] }), '--database'], env);
  expect(kind).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^import: kind\.json: source:test-cli-doc: entity city:durres: field kind: Country here, but stored as a City; one id is one entity of one kind\n$/) });
});
