import { GraphQLField, GraphQLInputType, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, isLeafType, GraphQLArgument } from 'graphql';
import { buildGraphQLSchema } from '../../src/schema/buildGraphQLSchema';
import { ROLES, Role } from '../../src/access/role';
import { roleSentence } from '../../src/resolvers/fields/restricted';
import { revokeApiKey } from '../../src/access/apiKeys';
import { startTestService, TestService } from '../support/testService';
import { createTestKey } from '../support/apiKeys';
import { runFixture } from '../support/cypherFixture';

const schema = buildGraphQLSchema();

/** The role a field's description names, or null for an unrestricted field. */
function roleOf(field: GraphQLField<unknown, unknown>): Role | null {
  return ROLES.find((role) => field.description?.endsWith(roleSentence(role))) ?? null;
}

/** A value of an input type with only what is required (so new mutations are covered without listing them). */
function minimal(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [minimal(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, minimal(f.type)]));
  }
  if (isScalarType(inner)) return ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[inner.name] ?? (inner.name.startsWith('JSON') ? {} : 'x');
  throw new Error(`no minimal value for ${String(type)}`);
}

const operations = (['Query', 'Mutation'] as const).flatMap((root) => {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).map((field) => {
    const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
    const vars = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const query = `${root === 'Query' ? 'query' : 'mutation'}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
    return { root, name: field.name, role: roleOf(field), query, variables: Object.fromEntries(required.map((a) => [a.name, minimal(a.type)])) };
  });
});
const restricted = operations.filter((op) => op.role !== null);

let t: TestService;
let keep: string[];
const keys: Record<'revoked' | 'reader' | 'editor', string> = { revoked: '', reader: '', editor: '' };

beforeAll(async () => {
  // One refusal per field for the revoked key: the bad-key guard must not step in.
  t = await startTestService({ rateLimits: { badKeysPerMinute: 100_000 } });
  keep = (await runFixture(t.db, 'api-keys-stored')).map((row) => String(row.id));
  keys.reader = await createTestKey(t.db, 'reader');
  keys.editor = await createTestKey(t.db, 'editor');
  keys.revoked = await createTestKey(t.db, 'admin');
  await revokeApiKey(t.db, { id: keys.revoked.split('_')[1], revokedBy: 'roles test' });
});

afterAll(async () => {
  await runFixture(t.db, 'delete-api-keys-except', { keep });
  await t.stop();
});

test('Roles: every mutation needs a role, and the admin fields are there', () => {
  expect(operations.filter((op) => op.root === 'Mutation' && op.role === null).map((op) => op.name)).toEqual([]);
  expect(restricted.map((op) => `${op.name}:${op.role}`)).toEqual(expect.arrayContaining(['createApiKey:admin', 'revokeApiKey:admin', 'apiKeys:admin']));
});

test('Roles: each restricted field refuses anonymous and revoked keys (401), weaker roles (403), before any resolver runs and without changing the graph', async () => {
  const before = [await runFixture(t.db, 'graph-counts'), await runFixture(t.db, 'api-keys-stored')];
  const seen: string[] = [];
  const expected: string[] = [];
  const statements = new Set<string>();
  for (const op of restricted) {
    const cases: [string, string | undefined, string, number][] = [
      ['anonymous', undefined, 'UNAUTHENTICATED', 401],
      ['revoked', keys.revoked, 'UNAUTHENTICATED', 401],
      ['reader', keys.reader, 'FORBIDDEN', 403],
      ...(op.role === 'admin' ? [['editor', keys.editor, 'FORBIDDEN', 403] as [string, string, string, number]] : []),
    ];
    for (const [who, key, code, status] of cases) {
      const { result: res, queries } = await t.countQueries(() =>
        fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query: op.query, variables: op.variables }) }),
      );
      queries.forEach((q) => statements.add(q));
      const body = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
      seen.push(`${op.name} ${who}: ${res.status} ${body.errors?.map((e) => e.extensions.code).join(',')}`);
      expected.push(`${op.name} ${who}: ${status} ${code}`);
    }
  }
  expect(seen).toEqual(expected);
  // Nothing but the key lookup reached Neo4j.
  expect([...statements]).toEqual(statements.size ? ['api-key-by-id'] : []);
  expect([await runFixture(t.db, 'graph-counts'), await runFixture(t.db, 'api-keys-stored')]).toEqual(before);
});
