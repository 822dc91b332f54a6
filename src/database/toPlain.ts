import neo4j, { isInt, isNode, isRelationship, isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isPoint, isPath } from 'neo4j-driver';

/**
 * Converts driver values (Integer, Node, Relationship, temporal types) into plain JSON-friendly values.
 * Nodes become their property map; integers become numbers (ids and counts here stay far below 2^53).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value as object)) return toPlain((value as { properties: object }).properties);
  if (isRelationship(value as object)) {
    const rel = value as { type: string; properties: object };
    return { type: rel.type, ...(toPlain(rel.properties) as object) };
  }
  if (isPath(value as object)) return value;
  if (
    isDate(value as object) ||
    isDateTime(value as object) ||
    isLocalDateTime(value as object) ||
    isLocalTime(value as object) ||
    isTime(value as object) ||
    isDuration(value as object) ||
    isPoint(value as object)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
    return out;
  }
  return value;
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
