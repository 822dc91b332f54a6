import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { GraphQLClient } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { clientWithKey, createTestKey } from '../support/apiKeys';
import { runFixture } from '../support/cypherFixture';
import { expectJsonError } from '../support/expectJsonError';
import { testDatabaseSettings } from '../support/testDatabase';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

const CREATE = `mutation ($name: String!, $role: ApiKeyRole!) { createApiKey(name: $name, role: $role) { id name role createdAt createdBy key } }`;
const LIST = `query ($all: Boolean) { apiKeys(includeRevoked: $all) { id name role createdBy revokedAt revokedBy } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt revokedBy } }`;

let t: TestService;
let admin: GraphQLClient;
let adminKey: string;
let keep: string[];

async function storedKeys(): Promise<Map<string, Record<string, unknown>>> {
  return new Map((await runFixture(t.db, 'api-keys-stored')).map((row) => [String(row.id), row.properties as Record<string, unknown>]));
}

function post(path: string, init: { key?: string; body?: unknown; headers?: Record<string, string>; method?: string } = {}): Promise<Response> {
  return fetch(`${t.baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

beforeAll(async () => {
  t = await startTestService();
  keep = [...(await storedKeys()).keys()];
  adminKey = await createTestKey(t.db, 'admin', 'keys test admin');
  admin = clientWithKey(t.service.url, adminKey);
});

afterAll(async () => {
  await runFixture(t.db, 'delete-api-keys-except', { keep });
  await t.stop();
});

test('API keys: created once with only a salted hash stored, listed without secrets, revoked at once', async () => {
  const a = (await admin.request<{ createApiKey: { id: string; key: string; name: string; role: string; createdBy: string } }>(CREATE, { name: '  dashboard  ', role: 'reader' })).createApiKey;
  const b = (await admin.request<{ createApiKey: { id: string; key: string } }>(CREATE, { name: 'dashboard', role: 'reader' })).createApiKey;
  expect(a).toMatchObject({ name: 'dashboard', role: 'reader', createdBy: 'keys test admin', key: expect.stringMatching(new RegExp(`^scn_${a.id}_`)) });
  const stored = await storedKeys();
  const [sa, sb] = [stored.get(a.id)!, stored.get(b.id)!];
  for (const [key, props] of [[a.key, sa], [b.key, sb]] as const) {
    const secret = key.split('_').slice(2).join('_');
    expect(Object.values(props).some((v) => String(v).includes(secret))).toBe(false);
  }
  expect(sa.salt).not.toBe(sb.salt);
  expect(sa.hash).not.toBe(sb.hash);

  // The new key reads; the list shows it without hash or salt.
  const reader = clientWithKey(t.service.url, a.key);
  await expect(reader.request('{ kinds { kind } }')).resolves.toBeTruthy();
  const listed = (await admin.request<{ apiKeys: Record<string, unknown>[] }>(LIST)).apiKeys;
  expect(listed.find((k) => k.id === a.id)).toEqual({ id: a.id, name: 'dashboard', role: 'reader', createdBy: 'keys test admin', revokedAt: null, revokedBy: null });

  // Revoked: 401 at once (the verification cache is cleared), gone from the default list, shown with includeRevoked.
  const revoked = (await admin.request<{ revokeApiKey: { revokedAt: string; revokedBy: string } }>(REVOKE, { id: a.id })).revokeApiKey;
  expect(revoked.revokedBy).toBe('keys test admin');
  await expectJsonError(await post('/graphql', { key: a.key, body: { query: '{ kinds { kind } }' } }), 401, 'UNAUTHENTICATED');
  expect((await admin.request<{ apiKeys: { id: string }[] }>(LIST)).apiKeys.map((k) => k.id)).not.toContain(a.id);
  expect((await admin.request<{ apiKeys: { id: string; revokedAt: string }[] }>(LIST, { all: true })).apiKeys.find((k) => k.id === a.id)?.revokedAt).toBe(revoked.revokedAt);

  // Revoking twice, an unknown id, a bad name: clear errors, nothing written.
  const codes = async (query: string, variables: Record<string, unknown>) => {
    const res = await post('/graphql', { key: adminKey, body: { query, variables } });
    return ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code);
  };
  const before = (await storedKeys()).size;
  expect([await codes(REVOKE, { id: a.id }), await codes(REVOKE, { id: '000000000000' }), await codes(CREATE, { name: ' ', role: 'editor' }), await codes(CREATE, { name: 'a\u0007b', role: 'editor' }), await codes(CREATE, { name: 'x'.repeat(101), role: 'editor' })]).toEqual([
    ['CONFLICT'],
    ['NOT_FOUND'],
    ['BAD_USER_INPUT'],
    ['BAD_USER_INPUT'],
    ['BAD_USER_INPUT'],
  ]);
  expect((await storedKeys()).size).toBe(before);
});

test('npm run keys: creates (key shown once), lists and revokes against NEO4J_URI', async () => {
  const settings = testDatabaseSettings();
  const env = { ...process.env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, LOG_LEVEL: 'silent' };
  const cli = (...args: string[]) => run('node', ['-r', 'ts-node/register/transpile-only', 'src/access/keysCli.ts', ...args], { cwd: ROOT, env });
  const created = await cli('create', '--role', 'editor', '--name', 'cli test key');
  const key = /scn_([0-9a-f]{12})_\S+/.exec(created.stdout)!;
  expect(created.stdout).toMatch(/will not be shown again/);
  await expect(clientWithKey(t.service.url, key[0]).request('{ kinds { kind } }')).resolves.toBeTruthy();
  expect((await cli('list')).stdout).toMatch(new RegExp(`${key[1]}\\s+editor\\s+cli test key`));
  expect((await cli('revoke', key[1])).stdout).toMatch(/revoked key/);
  await expect(cli('revoke', key[1])).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already revoked/) });
  await expect(cli('create', '--role', 'owner', '--name', 'x')).rejects.toMatchObject({ code: 1 });
});
