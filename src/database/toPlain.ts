import neo4j, { isInt, isNode, isRelationship, isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isPoint, isPath } from 'neo4j-driver';

/**
 * Converts driver values (Integer, Node, Relationship, temporal types) into plain JSON-friendly values.
 * Nodes become their property map; integers become numbers (ids and counts here stay far below 2^53).
 * Most values are strings, numbers, booleans and plain maps and lists: they are told by `typeof` and their
 * prototype before any of the driver's type tests.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value);
  if (isInt(value)) return value.toNumber();
  if (isNode(value)) return plainMap(value.properties);
  if (isRelationship(value)) return { type: value.type, ...plainMap(value.properties) };
  if (isPath(value)) return value;
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value) || isPoint(value)) {
    return String(value);
  }
  return plainMap(value);
}

function plainMap(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * Prepares parameters for the driver: JavaScript numbers that are whole become Neo4j integers
 * (the driver would send them as floats, which LIMIT and integer properties reject), and `undefined`
 * (an argument the client left out) becomes null (the driver would drop it, and Cypher would fail
 * with ParameterMissing), so an omitted argument means null everywhere.
 */
export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return toParam(params) as Record<string, unknown>;
}

function toParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParam);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParam(v);
    return out;
  }
  return value;
}
