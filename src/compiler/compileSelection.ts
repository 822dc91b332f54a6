import { isInt, Record as Neo4jRecord } from 'neo4j-driver';
import { badInput } from '../errors/badInput';
import { EntityRecord, intoEntityRecord } from '../loaders/entityRecord';
import { KIND_NAMES, KindName } from '../model/kinds';
import { RELATED_MAX_FIRST } from '../model/relationshipFields';
import { PRELOADED, Preloaded } from './preloaded';
import { Condition, FirstSource, NodePlan, RelationVariant } from './selectionPlan';

/** Labels, relationship types and keys go into Cypher text only when they are plain names (they come from the model). */
export function name(text: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) throw new Error(`not a plain name: ${text}`);
  return `\`${text}\``;
}

/** The label expression of entities of these kinds, e.g. `Entity&City` or `Entity&(Workshop|SteeringCommitteeMeeting)`. */
export function kindLabels(kinds: readonly KindName[]): string {
  if (kinds.length === KIND_NAMES.length) return 'Entity';
  return kinds.length === 1 ? `Entity&${name(kinds[0])}` : `Entity&(${kinds.map(name).join('|')})`;
}

/** A parameter whose value is known only with the request's variables. */
export type ParamSource = { first: FirstSource } | { condition: Condition };

/** Hands out parameter names for one statement and remembers where their values come from. */
export class Params {
  readonly sources = new Map<string, ParamSource>();

  add(source: ParamSource): string {
    const param = `s${this.sources.size}`;
    this.sources.set(param, source);
    return `$${param}`;
  }

  /** The values for one request's variables; a `first` out of 0..RELATED_MAX_FIRST is BAD_USER_INPUT. */
  bind(variables: Record<string, unknown>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [param, source] of this.sources) {
      if ('condition' in source) {
        values[param] = variables[source.condition.variable] === source.condition.include;
        continue;
      }
      const first = 'value' in source.first ? source.first.value : ((variables[source.first.variable] as number | null | undefined) ?? source.first.defaultValue);
      if (first < 0) throw badInput('first', 'must not be less than 0.');
      if (first > RELATED_MAX_FIRST) throw badInput('first', `must not be greater than ${RELATED_MAX_FIRST}.`);
      values[param] = first;
    }
    return values;
  }
}

/** The map projection of `variable` for `plan`: id, kind, the selected properties and, under `__pre`, its relationship fields. */
export function projection(variable: string, plan: NodePlan, params: Params, depth = 0): string {
  const items = ['.id', '.kind', ...plan.properties.map((p) => `.${name(p)}`)];
  const relations = plan.relations.map((relation) => {
    const whole = relation.variants.length === 1 && relation.variants[0].kinds.length === plan.kinds.length;
    const value = whole
      ? related(variable, relation.variants[0], params, depth)
      : `CASE ${relation.variants.map((v) => `WHEN ${variable}:${v.kinds.map(name).join('|')} THEN ${related(variable, v, params, depth)}`).join(' ')} END`;
    return `${name(relation.key)}: ${value}`;
  });
  if (relations.length > 0) items.push(`__pre: {${relations.join(', ')}}`);
  return `${variable} {${items.join(', ')}}`;
}

/** One relationship field as a COLLECT subquery: typed pattern, first by name, LIMIT first, the child projection. */
function related(variable: string, variant: RelationVariant, params: Params, depth: number): string {
  const m = `n${depth + 1}`;
  const type = name(variant.field.type);
  const target = `(${m}:${kindLabels(variant.field.targetKinds)})`;
  const pattern = variant.field.direction === 'OUT' ? `(${variable})-[:${type}]->${target}` : `(${variable})<-[:${type}]-${target}`;
  const when = variant.when
    ? ` WHERE ${variant.when.map((all) => `(${all.map((condition) => params.add({ condition })).join(' AND ')})`).join(' OR ')}`
    : '';
  const limit = params.add({ first: variant.first });
  return `COLLECT { MATCH ${pattern}${when} WITH ${m} ORDER BY ${m}.sortName, ${m}.id LIMIT ${limit} RETURN ${projection(m, variant.child, params, depth + 1)} }`;
}

/** How to turn the maps one plan level returns into entity records: per kind, its compiled relationship keys. */
interface Decoder {
  byKind: Map<string, { key: string; one: boolean; child: Decoder }[]>;
}

export function decoderOf(plan: NodePlan): Decoder {
  const byKind = new Map<string, { key: string; one: boolean; child: Decoder }[]>();
  for (const relation of plan.relations) {
    for (const variant of relation.variants) {
      const entry = { key: relation.key, one: variant.field.one === true, child: decoderOf(variant.child) };
      for (const kind of variant.kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
    }
  }
  return { byKind };
}

/** Counts the entities decoded, for the result budget. */
export interface DecodeCount {
  entities: number;
}

/**
 * An entity record from a compiled map projection. Primitives are taken as they are; the only objects are
 * lists (of strings), neo4j Integers (dates' and counts' Int properties) and the `__pre` map of relationship fields.
 */
export function decodeEntity(map: Record<string, unknown>, decoder: Decoder, count: DecodeCount): EntityRecord {
  const props: Record<string, unknown> = {};
  let pre: Record<string, unknown> | undefined;
  for (const key in map) {
    const value = map[key];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) props[key] = value;
    else if (key === '__pre') pre = value as Record<string, unknown>;
    else props[key] = isInt(value) ? value.toNumber() : value;
  }
  count.entities += 1;
  const record = intoEntityRecord(props);
  const entries = decoder.byKind.get(record.kind);
  if (pre && entries) {
    const preloaded: Preloaded = {};
    for (const entry of entries) {
      const list = pre[entry.key] as Record<string, unknown>[] | null | undefined;
      if (!Array.isArray(list)) continue;
      const items = list.map((item) => decodeEntity(item, entry.child, count));
      preloaded[entry.key] = entry.one ? (items[0] ?? null) : items;
    }
    (record as { [PRELOADED]?: Preloaded })[PRELOADED] = preloaded;
  }
  return record;
}

/** The row converter of a statement returning `node` (a compiled projection) and other columns as they are. */
export function rowDecoder(decoder: Decoder, count: DecodeCount) {
  return (record: Neo4jRecord): { node: EntityRecord; sortKey: unknown } => ({
    node: decodeEntity(record.get('node') as Record<string, unknown>, decoder, count),
    sortKey: record.has('sortKey') ? record.get('sortKey') : null,
  });
}
