import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  coerceInputValue,
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

// Hostile values for every argument of every root field, built from the live schema: the hostile-input sweep
// (test/security/hostileInput.int.test.ts) sends each into one argument while the others hold ordinary values.

/** Cypher fragments: a string that ends up in Cypher text instead of a parameter breaks the statement or the graph. */
export const CYPHER_STRINGS = [
  "' }) MATCH (n) DETACH DELETE n //",
  '"}) RETURN 1 UNION MATCH (n) SET n.x=1 //',
  '$param',
  '`',
  'x`) DETACH DELETE n //',
  ':Label',
  'Entity:City {id: "city:durres"}',
  "city:durres' OR 1=1 //",
  '*/ MATCH (n) DELETE n /*',
];

/** Lucene query syntax (the full-text search), balanced and not. */
export const LUCENE_STRINGS = ['*:*', 'name:(a OR b)~', '\\', '[* TO *]', '"unbalanced', '(((', 'a AND', '~', '/.*/', '{a TO b', 'name:durres^10000', '?*'];

/** Control characters, lone surrogates, a header injection. */
export const CONTROL_STRINGS = ['\u0000', 'a\u0000b', '\u001b[31mred\u001b[0m', '\ud800', 'x\udfffy', 'a\r\nSet-Cookie: x=1', '\u0007\b\f\v'];

/** Unicode a display or a comparison can trip on: right-to-left override, zero-width, emoji, combining marks. */
export const UNICODE_STRINGS = ['\u202eelbatsiv\u202c', 'zero\u200bwidth\ufeff', '🏙️🇦🇱👩‍👩‍👧', 'Durrës', 'e\u0301\u0301\u0301', '\u0627\u0644\u0645\u062f\u064a\u0646\u0629'];

/** Strings that look like numbers at the edges, and empty ones. */
export const NUMERIC_STRINGS = ['NaN', '-1', '0', '1e309', 'Infinity', '-0', '0x7fffffff', '9007199254740993', '', ' '];

/** Enum-ish strings: names of the model's types and orders in the wrong case, with padding, or dangerous. */
export const ENUM_STRINGS = ['NAME', 'name', 'HOSTED_BY', 'hosted_by', 'HOSTED_BY ', 'City', '__proto__', 'constructor', 'DESC; DROP'];

/** Ids of every format: existing, missing, malformed, of another kind, too long, with traversal or NUL. */
export const ID_STRINGS = [
  'city:durres',
  'CITY:DURRES',
  'city:',
  ':durres',
  'city',
  'nope:missing',
  'city:durres\u0000',
  ' city:durres',
  'city:durres/../partner:isd',
  '../../etc/passwd',
  `city:${'x'.repeat(2_000)}`,
  'source:scn-western-balkans-workshop-durres',
  'scn_000000000000_secret',
  '00000000-0000-0000-0000-000000000000',
  'cursor:eyJhIjoxfQ==',
];

/** A string of 190 kB (UTF-8): under the 200 kB body limit, so it reaches the resolvers. */
export const LONG_STRING = 'Durrës '.repeat(23_700);
/** A string of 1 MB: over the body limit (413). */
export const HUGE_STRING = 'x'.repeat(1_048_576);

export const STRINGS = [...CYPHER_STRINGS, ...LUCENE_STRINGS, ...CONTROL_STRINGS, ...UNICODE_STRINGS, ...NUMERIC_STRINGS, ...ENUM_STRINGS];
/** Strings that can also be written as GraphQL string literals (lone surrogates cannot). */
export const INLINE_STRINGS = [...CYPHER_STRINGS.slice(0, 3), '"unbalanced', '\u0000\u001b[31m\u202e'];

export const INTS = [-1, 0, 1, 2_147_483_647, -2_147_483_648];
/** Numbers GraphQL's Int refuses (a clear error before any resolver). */
export const BAD_INTS: unknown[] = [2 ** 31, 2 ** 53, -(2 ** 53), 1.5, 'NaN', '1', true, [1]];
export const FLOATS = [-1, 0, 1e308, -1e308, 5e-324, 2 ** 53];

/** JSON values: nested 100 deep, a huge array, prototype keys, Cypher and Lucene as keys and values. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { a: value, list: [value === null ? 0 : i] };
  return value;
}
export const JSON_VALUES: unknown[] = [
  {},
  nested(100),
  { items: Array.from({ length: 20_000 }, (_, i) => i) },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  Object.fromEntries(CYPHER_STRINGS.map((s, i) => [s, LUCENE_STRINGS[i % LUCENE_STRINGS.length]])),
  { id: 'city:durres', kind: 'City', properties: { name: "' }) MATCH (n) DETACH DELETE n //" } },
  { '': null, '\u0000': '\ud800' },
];

export interface HostileCall {
  field: GraphQLField<unknown, unknown>;
  operation: 'query' | 'mutation';
  /** Where the hostile value went: `input.evidence[0].excerpt`. */
  path: string;
  args: Record<string, unknown>;
  /** Passes GraphQL's own input coercion, so that it can share a request with other calls. */
  wellTyped: boolean;
}

/** The strings for fields of input objects (the whole set goes into every argument): one or two of each family. */
export const CORE_STRINGS = [...CYPHER_STRINGS.slice(0, 4), '*:*', '"unbalanced', '\u0000', '\ud800', UNICODE_STRINGS[0], UNICODE_STRINGS[2], '', '-1'];
const CORE_IDS = ['city:durres', 'nope:missing', 'city:', ID_STRINGS[10]];

/**
 * Values a type's hostile set holds; lists get each element value in a one-element list and a huge list. `core`: the
 * smaller set for the fields of input objects (their values pass the same parsing as an argument's).
 */
export function hostileValuesOf(type: GraphQLInputType, fill: Filler, core = false): unknown[] {
  const strings = core ? CORE_STRINGS : STRINGS;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const element = hostileValuesOf(nullable.ofType, fill, core);
    const short = element.filter((value) => JSON.stringify(value ?? null).length < 100);
    const huge = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? fill(nullable.ofType) : short[i % short.length]));
    return [...element.map((value) => [value]), [], [null], huge];
  }
  if (isInputObjectType(nullable)) return ['{}', [], { notAField: "' OR 1=1" }];
  if (isEnumType(nullable)) return [...ENUM_STRINGS, ...CYPHER_STRINGS.slice(0, 2), 1];
  switch (nullable.name) {
    case 'Int':
      return [...INTS, ...BAD_INTS];
    case 'Float':
      return [...FLOATS, 'NaN', 'Infinity', '1e309'];
    case 'Boolean':
      return [true, false, 'true', 0, null];
    case 'ID':
      return core ? [...CORE_IDS, ...CORE_STRINGS, 7, LONG_STRING] : [...ID_STRINGS, ...CYPHER_STRINGS, ...CONTROL_STRINGS, ...LUCENE_STRINGS.slice(0, 4), 7, LONG_STRING];
    case 'String':
      return [...strings, LONG_STRING];
    default:
      // Custom scalars (JSON objects, dates): JSON values, hostile strings and numbers.
      return [...JSON_VALUES, ...(core ? CORE_STRINGS : STRINGS.slice(0, 12)), 2 ** 53, null, LONG_STRING];
  }
}

/** An ordinary value for an argument that is not the one under attack. */
export type Filler = (type: GraphQLInputType) => unknown;

/**
 * For queries: valid-looking values (an existing id, "x", 1). For mutations: values that are well typed but refused
 * (an id of nothing, an empty string, -1), so that no mutation of the sweep can succeed through its other arguments.
 */
export function fillerFor(operation: 'query' | 'mutation'): Filler {
  const fill: Filler = (type) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [fill(nullable.ofType)];
    if (isInputObjectType(nullable)) return requiredFields(nullable.getFields(), fill);
    if (isEnumType(nullable)) return nullable.getValues()[0].value;
    const query = operation === 'query';
    switch (nullable.name) {
      case 'ID':
        return query ? 'city:durres' : 'nope:hostile-sweep-missing';
      case 'Int':
      case 'Float':
        return query ? 1 : -1;
      case 'Boolean':
        return true;
      case 'String':
        return query ? 'x' : '';
      default:
        return query ? {} : { hostileSweep: "' OR 1=1" };
    }
  };
  return fill;
}

function requiredFields(fields: Record<string, { type: GraphQLInputType; defaultValue?: unknown }>, fill: Filler): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, f]) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map(([name, f]) => [name, fill(f.type)]),
  );
}

/** Every place a value can go in an argument: the argument, each field of an input object (recursively), list elements. */
interface Target {
  path: string;
  type: GraphQLInputType;
  /** The argument's value with `v` at this place, the rest as in `base`. */
  wrap: (v: unknown, base: unknown) => unknown;
}

function targets(type: GraphQLInputType, path: string, seen: Set<string>): Target[] {
  const here: Target[] = [{ path, type, wrap: (v) => v }];
  const nullable = getNullableType(type);
  const inner = isListType(nullable) ? getNullableType(nullable.ofType) : nullable;
  if (!isInputObjectType(inner) || seen.has(inner.name)) return here;
  const list = isListType(nullable);
  const nextSeen = new Set(seen).add(inner.name);
  for (const [name, field] of Object.entries(inner.getFields())) {
    for (const t of targets(field.type, `${path}${list ? '[0]' : ''}.${name}`, nextSeen)) {
      here.push({
        path: t.path,
        type: t.type,
        wrap: (v, base) => {
          const object = (list ? (base as unknown[])[0] : base) as Record<string, unknown>;
          const value = { ...object, [name]: t.wrap(v, object[name] ?? {}) };
          return list ? [value] : value;
        },
      });
    }
  }
  return here;
}

/** The calls of the sweep for one root type: each value of each target's hostile set, the other arguments filled. */
export function hostileCalls(schema: GraphQLSchema, rootType: GraphQLObjectType | null | undefined, operation: 'query' | 'mutation'): HostileCall[] {
  if (!rootType) return [];
  const fill = fillerFor(operation);
  const calls: HostileCall[] = [];
  for (const field of Object.values(rootType.getFields())) {
    const base = Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, fill(a.type)]));
    for (const arg of field.args) {
      const argBase = base[arg.name] ?? fill(arg.type);
      for (const target of targets(arg.type, arg.name, new Set())) {
        for (const value of hostileValuesOf(target.type, fill, target.path !== arg.name)) {
          const argValue = target.path === arg.name ? value : target.wrap(value, argBase);
          const args = { ...base, [arg.name]: argValue };
          calls.push({ field, operation, path: target.path, args, wellTyped: field.args.every((a) => coerces(a, args[a.name])) });
        }
      }
    }
  }
  return calls;
}

function coerces(arg: GraphQLArgument, value: unknown): boolean {
  if (value === undefined) return !isNonNullType(arg.type) || arg.defaultValue !== undefined;
  let ok = true;
  coerceInputValue(value, arg.type, () => (ok = false));
  return ok;
}

/**
 * A small selection of a root field's type: its leaf fields, a connection's node ids (not its totalCount, a second
 * statement with the same arguments), __typename otherwise.
 */
export function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (named.name.endsWith('Connection')) return '{ __typename edges { node { id } } }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
  return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
}

/** One request for up to `calls.length` calls as aliases, each argument a variable. */
export function batchRequest(calls: HostileCall[]): { query: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const selections = calls.map((call, i) => {
    const passed = call.field.args
      .filter((a) => a.name in call.args)
      .map((a) => {
        const name = `v${i}_${a.name}`;
        definitions.push(`$${name}: ${String(a.type)}`);
        variables[name] = call.args[a.name];
        return `${a.name}: $${name}`;
      });
    return `a${i}: ${call.field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selectionOf(call.field.type)}`;
  });
  const operation = calls[0].operation;
  return { query: `${operation}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${selections.join(' ')} }`, variables };
}

/** The same call with its arguments written into the document as literals (strings as GraphQL string literals). */
export function inlineRequest(call: HostileCall): { query: string } {
  const literal = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
    if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
    return JSON.stringify(value);
  };
  const passed = call.field.args.filter((a) => a.name in call.args).map((a) => `${a.name}: ${literal(call.args[a.name])}`);
  return { query: `${call.operation} { ${call.field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selectionOf(call.field.type)} }` };
}
