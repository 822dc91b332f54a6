import { isInt, isNode, isRelationship, isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, isPoint, isPath } from 'neo4j-driver';

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
