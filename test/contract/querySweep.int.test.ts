import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildGraphQLSchema } from '../../src/schema/buildGraphQLSchema';
import { startTestService, TestService } from '../support/testService';
import { createTestKey } from '../support/apiKeys';
import { apiKeyIds, deleteApiKeysExcept } from '../support/hostileGraph';

/**
 * Every field of Query, called with generated arguments: only the required ones, then each optional one
 * set to null, then each argument at its boundary values. None may answer 5xx, INTERNAL_SERVER_ERROR or
 * DATABASE_ERROR; client errors (BAD_USER_INPUT, validation) are fine. New fields are covered as they come.
 */

const schema = buildGraphQLSchema();
const queryFields = Object.values(schema.getQueryType()!.getFields());
const SERVER_ERRORS = ['INTERNAL_SERVER_ERROR', 'DATABASE_ERROR'];
const IDS = ['city:durres', 'city:aarhus'];
const LONG_TEXT = 'x'.repeat(600);
const INT_EXTREMES = [0, -1, 2147483647, -2147483648];

let t: TestService;
/** Sent with every call, so fields that need a role (apiKeys, recentChanges) answer too, rather than UNAUTHENTICATED. */
let adminKey: string;
let keysBefore: string[];
beforeAll(async () => {
  t = await startTestService();
  keysBefore = await apiKeyIds(t.db);
  adminKey = await createTestKey(t.db, 'admin', 'query sweep admin');
});
afterAll(async () => {
  await deleteApiKeysExcept(t.db, keysBefore);
  await t.stop();
});

type Value = unknown;
interface Call {
  args: Record<string, Value>;
  label: string;
  /** A selection set other than the generated one. */
  selection?: string;
}

/** A valid-looking value of a type: an existing id, two ids for a list, "x" for a string, required input fields filled. */
function sample(type: GraphQLInputType, index = 0): Value {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType, 0), sample(nullable.ofType, 1)];
  if (isInputObjectType(nullable)) return requiredOf(nullable);
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  switch (nullable.name) {
    case 'ID':
      return IDS[index % IDS.length];
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return 'x';
  }
}

function requiredOf(type: GraphQLInputObjectType): Record<string, Value> {
  const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
  return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
}

/** The documented maximum, read from the description ("(0 to 100)", "at most 500"). */
function documentedMax(description: string | null | undefined): number | undefined {
  const match = /\(\d+ to (\d+)\)|at most (\d+)/i.exec(description ?? '');
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** Boundary values of an argument or input field: extremes of its type and its documented maximum and one past it. */
function boundaries(type: GraphQLInputType, description: string | null | undefined): Value[] {
  const nullable = getNullableType(type);
  const max = documentedMax(description);
  if (isListType(nullable)) {
    const values: Value[] = [[]];
    if (max !== undefined) values.push(Array.from({ length: max + 1 }, (_, i) => (i % 2 ? IDS[0] : `${IDS[1]}-${i}`)));
    return values;
  }
  if (isEnumType(nullable)) return nullable.getValues().map((v) => v.value);
  if (isInputObjectType(nullable)) {
    const values: Value[] = [{}];
    for (const field of Object.values(nullable.getFields())) {
      for (const value of boundaries(field.type, field.description)) values.push({ ...requiredOf(nullable), [field.name]: value });
    }
    return values;
  }
  switch (nullable.name) {
    case 'Int':
      return [...INT_EXTREMES, ...(max !== undefined ? [max, max + 1] : [])];
    case 'Boolean':
      return [false, true];
    case 'ID':
      return ['', 'nope:missing', LONG_TEXT];
    default:
      return ['', LONG_TEXT];
  }
}

/** The calls of one field: required arguments only, each optional one null, each argument at its boundaries. */
function callsOf(field: GraphQLField<unknown, unknown>): Call[] {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const base = Object.fromEntries(required.map((a) => [a.name, sample(a.type)]));
  const calls: Call[] = [{ args: base, label: 'required arguments only' }, { args: base, label: 'required arguments only, __typename only', selection: '{ __typename }' }];
  for (const arg of field.args.filter((a) => !required.includes(a))) calls.push({ args: { ...base, [arg.name]: null }, label: `${arg.name}: null` });
  for (const arg of field.args) {
    for (const value of boundaries(arg.type, arg.description)) calls.push({ args: { ...base, [arg.name]: value }, label: `${arg.name}: ${JSON.stringify(value).slice(0, 40)}` });
  }
  return calls;
}

/** A selection of a return type: its scalar fields and __typename; one level of object fields; connections by their edges. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (named.name.endsWith('Connection')) return '{ __typename totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth === 0) parts.push(`${field.name} ${selectionOf(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function queryOf(field: GraphQLField<unknown, unknown>, call: Call): string {
  const { args } = call;
  const used = field.args.filter((a: GraphQLArgument) => a.name in args);
  const definitions = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : (call.selection ?? selectionOf(field.type));
  return `query${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

const callCounts = new Map<string, number>();

test.each(queryFields.map((f) => [f.name, f] as const))('Contract: Query.%s answers every generated call without a server error', async (name, field) => {
  const problems: string[] = [];
  for (const call of callsOf(field)) {
    const query = queryOf(field, call);
    const response = await fetch(t.service.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` }, body: JSON.stringify({ query, variables: call.args }) });
    const text = await response.text();
    let codes: unknown[] = [];
    try {
      codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []).map((e) => e.extensions?.code);
    } catch {
      problems.push(`${call.label}: not JSON (HTTP ${response.status}): ${text.slice(0, 200)}`);
      continue;
    }
    if (response.status >= 500 || codes.some((c) => SERVER_ERRORS.includes(String(c)) || c === 'UNAUTHENTICATED' || c === 'FORBIDDEN')) problems.push(`${call.label}: HTTP ${response.status} ${codes.join(', ')}\n  ${query}\n  ${text.slice(0, 300)}`);
    callCounts.set(name, (callCounts.get(name) ?? 0) + 1);
  }
  expect(problems).toEqual([]);
});

test('Contract: the sweep called every Query field, and each with arguments at least three times', () => {
  const total = [...callCounts.values()].reduce((a, b) => a + b, 0);
  console.log(`contract sweep: ${total} calls over ${callCounts.size} Query fields: ${[...callCounts].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  expect([...callCounts.keys()].sort()).toEqual(queryFields.map((f) => f.name).sort());
  for (const field of queryFields) {
    // Two calls without optional arguments, one per optional argument set to null, at least two boundaries per argument.
    const optional = field.args.filter((a) => !isNonNullType(a.type) || a.defaultValue !== undefined).length;
    const atLeast = 2 + optional + 2 * field.args.length;
    expect({ field: field.name, enough: callCounts.get(field.name)! >= Math.max(atLeast, field.args.length ? 3 : 2) }).toEqual({ field: field.name, enough: true });
  }
  expect(total).toBeGreaterThanOrEqual(queryFields.length * 3);
});
