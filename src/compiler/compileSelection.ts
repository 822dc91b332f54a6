import { isInt, Record as Neo4jRecord } from 'neo4j-driver';
import { checkFirst } from '../errors/checkFirst';
import { EntityRecord, EvidenceRecord, RelationshipRecord, intoEntityRecord, toRelationshipRecord } from '../loaders/entityRecord';
import { KIND_NAMES, KindName } from '../model/kinds';
import { PRELOADED, Preloaded } from './preloaded';
import { Condition, EVIDENCE_SOURCE_KIND, EvidenceSourcePlan, FirstSource, NodePlan, RelationVariant } from './selectionPlan';

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

  /** The values for one request's variables; a `first` out of its bounds is BAD_USER_INPUT (checkFirst). */
  bind(variables: Record<string, unknown>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [param, source] of this.sources) {
      if ('condition' in source) {
        values[param] = variables[source.condition.variable] === source.condition.include;
        continue;
      }
      const first = 'value' in source.first ? source.first.value : ((variables[source.first.variable] as number | null | undefined) ?? source.first.defaultValue);
      values[param] = checkFirst(first);
    }
    return values;
  }
}

/**
 * The map projection of `variable` for `plan`: id, kind, the selected properties, under `__pre` its
 * relationship fields and under `__ev` the sources its evidence cites.
 */
export function projection(variable: string, plan: NodePlan, params: Params, depth = 0): string {
  const items = ['.id', '.kind', ...plan.properties.map((p) => `.${name(p)}`)];
  // The value for the kinds of each variant; for other kinds `otherwise` (null when not given).
  const byKind = <T extends { kinds: readonly KindName[] }>(variants: T[], value: (variant: T) => string, otherwise = ''): string =>
    variants.length === 1 && variants[0].kinds.length === plan.kinds.length
      ? value(variants[0])
      : `CASE ${variants.map((v) => `WHEN ${variable}:${v.kinds.map(name).join('|')} THEN ${value(v)}`).join(' ')}${otherwise && ` ELSE ${otherwise}`} END`;
  const relations = plan.relations.map((relation) => `${name(relation.key)}: ${byKind(relation.variants, (v) => related(variable, v, params, depth))}`);
  if (relations.length > 0) items.push(`__pre: {${relations.join(', ')}}`);
  if (plan.evidence.length > 0) items.push(`__ev: ${byKind(plan.evidence, (v) => evidenceSources(variable, v.sources, params, depth), '{}')}`);
  return `${variable} {${items.join(', ')}}`;
}

/** The predicate of a subquery included only under these conditions: any set, all of one set; none when always. */
function included(when: Condition[][] | null, params: Params): string[] {
  return when ? [`(${when.map((all) => `(${all.map((condition) => params.add({ condition })).join(' AND ')})`).join(' OR ')})`] : [];
}

function where(predicates: string[]): string {
  return predicates.length > 0 ? ` WHERE ${predicates.join(' AND ')}` : '';
}

/**
 * One relationship field as a COLLECT subquery: typed pattern, first by name, LIMIT first, the child projection.
 * An `edge` field returns per relationship `{__self, __other, __rel}`: both ends' projections, and the
 * relationship's selected properties with the sources its evidence cites.
 */
function related(variable: string, variant: RelationVariant, params: Params, depth: number): string {
  const m = `n${depth + 1}`;
  const r = variant.edge ? `r${depth + 1}` : '';
  const type = name(variant.field.type);
  const target = `(${m}:${kindLabels(variant.field.targetKinds)})`;
  const pattern = variant.field.direction === 'OUT' ? `(${variable})-[${r}:${type}]->${target}` : `(${variable})<-[${r}:${type}]-${target}`;
  const limit = params.add({ first: variant.first });
  const head = `COLLECT { MATCH ${pattern}${where(included(variant.when, params))}`;
  const order = `ORDER BY ${m}.sortName, ${m}.id LIMIT ${limit}`;
  if (!variant.edge) return `${head} WITH ${m} ${order} RETURN ${projection(m, variant.child, params, depth + 1)} }`;
  const rel = [...variant.edge.properties.map((p) => `.${name(p)}`), ...(variant.edge.sources.length > 0 ? [`__ev: ${evidenceSources(r, variant.edge.sources, params, depth + 1)}`] : [])];
  const item = `{__self: ${projection(variable, variant.edge.self, params, depth + 1)}, __other: ${projection(m, variant.child, params, depth + 1)}, __rel: ${r} {${rel.join(', ')}}}`;
  return `${head} WITH ${variable}, ${r}, ${m} ${order} RETURN ${item} }`;
}

/** Per response key of `Evidence.source`, the distinct sources the evidence of `variable` (a node or relationship) cites (by id, each once), as a COLLECT subquery. */
function evidenceSources(variable: string, plans: EvidenceSourcePlan[], params: Params, depth: number): string {
  const m = `n${depth + 1}`;
  const sources = plans.map((source) => {
    const cited = where([`${m}.id IN ${variable}.evidenceSourceIds`, ...included(source.when, params)]);
    return `${name(source.key)}: COLLECT { MATCH (${m}:${kindLabels([EVIDENCE_SOURCE_KIND])})${cited} RETURN ${projection(m, source.child, params, depth + 1)} }`;
  });
  return `{${sources.join(', ')}}`;
}

/** How to turn the maps one plan level returns into entity records: per kind, its compiled relationship and evidence source keys. */
interface Decoder {
  byKind: Map<string, RelationKey[]>;
  sourcesByKind: Map<string, SourceKey[]>;
}

/** A response key of a relationship field and how to decode what was fetched for it (for an `edge` field, relationships). */
interface RelationKey {
  key: string;
  one: boolean;
  child: Decoder;
  edge: { type: string; outgoing: boolean; self: Decoder; sources: SourceKey[] } | null;
}

/** A response key of `Evidence.source` and how to decode the sources fetched for it. */
interface SourceKey {
  key: string;
  child: Decoder;
}

const sourceKeys = (plans: EvidenceSourcePlan[]): SourceKey[] => plans.map((source) => ({ key: source.key, child: decoderOf(source.child) }));

export function decoderOf(plan: NodePlan): Decoder {
  const byKind: Decoder['byKind'] = new Map();
  for (const relation of plan.relations) {
    for (const variant of relation.variants) {
      const { field, edge } = variant;
      const entry: RelationKey = {
        key: relation.key,
        one: field.one === true,
        child: decoderOf(variant.child),
        edge: edge && { type: field.type, outgoing: field.direction === 'OUT', self: decoderOf(edge.self), sources: sourceKeys(edge.sources) },
      };
      for (const kind of variant.kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
    }
  }
  const sourcesByKind: Decoder['sourcesByKind'] = new Map();
  for (const evidence of plan.evidence) {
    const entries = sourceKeys(evidence.sources);
    for (const kind of evidence.kinds) sourcesByKind.set(kind, entries);
  }
  return { byKind, sourcesByKind };
}

/** Counts the entities decoded, for the result budget. */
export interface DecodeCount {
  entities: number;
}

/**
 * An entity record from a compiled map projection. Primitives are taken as they are; the only objects are
 * lists (of strings), neo4j Integers (dates' and counts' Int properties), the `__pre` map of relationship
 * fields and the `__ev` map of evidence sources.
 */
export function decodeEntity(map: Record<string, unknown>, decoder: Decoder, count: DecodeCount): EntityRecord {
  const { props, pre, ev } = decodeMap(map);
  count.entities += 1;
  const record = intoEntityRecord(props);
  const entries = decoder.byKind.get(record.kind);
  if (pre && entries) {
    const preloaded: Preloaded = {};
    for (const entry of entries) {
      const list = pre[entry.key] as Record<string, unknown>[] | null | undefined;
      if (!Array.isArray(list)) continue;
      const items = list.map((item) => (entry.edge ? decodeEdge(item, entry, count) : decodeEntity(item, entry.child, count)));
      preloaded[entry.key] = entry.one ? (items[0] ?? null) : items;
    }
    (record as { [PRELOADED]?: Preloaded })[PRELOADED] = preloaded;
  }
  const sources = decoder.sourcesByKind.get(record.kind);
  if (ev && sources) attachSources(record.evidence, ev, sources, count);
  return record;
}

/** A compiled map projection's stored properties (neo4j Integers as numbers), and its `__pre` and `__ev` maps. */
function decodeMap(map: Record<string, unknown>): { props: Record<string, unknown>; pre?: Record<string, unknown>; ev?: Record<string, unknown> } {
  const props: Record<string, unknown> = {};
  let pre: Record<string, unknown> | undefined;
  let ev: Record<string, unknown> | undefined;
  for (const key in map) {
    const value = map[key];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) props[key] = value;
    else if (key === '__pre') pre = value as Record<string, unknown>;
    else if (key === '__ev') ev = value as Record<string, unknown>;
    else props[key] = isInt(value) ? value.toNumber() : value;
  }
  return { props, pre, ev };
}

/** A relationship record (an edge) from a compiled `{__self, __other, __rel}` map; both ends and the relationship count for the budget. */
function decodeEdge(item: Record<string, unknown>, entry: RelationKey, count: DecodeCount): RelationshipRecord {
  const edge = entry.edge!;
  const self = decodeEntity(item.__self as Record<string, unknown>, edge.self, count);
  const other = decodeEntity(item.__other as Record<string, unknown>, entry.child, count);
  const { props, ev } = decodeMap(item.__rel as Record<string, unknown>);
  count.entities += 1;
  const record = edge.outgoing ? toRelationshipRecord(edge.type, self, other, props) : toRelationshipRecord(edge.type, other, self, props);
  if (ev) attachSources(record.evidence, ev, edge.sources, count);
  return record;
}

/**
 * Leaves on each piece of evidence, under PRELOADED, its source for each response key of `source`. A source
 * cited several times is decoded once and handed out (and counted, with what it holds) each time, as through
 * the entity loader. Evidence whose source was not found gets none: its resolver asks the loader, as before.
 */
function attachSources(evidence: EvidenceRecord[], ev: Record<string, unknown>, sources: SourceKey[], count: DecodeCount): void {
  for (const source of sources) {
    const list = ev[source.key];
    if (!Array.isArray(list)) continue;
    const cited = new Map((list as Record<string, unknown>[]).map((map) => [map.id, map]));
    const decoded = new Map<string, { record: EntityRecord; entities: number }>();
    for (const item of evidence) {
      const map = cited.get(item.sourceId);
      if (map === undefined) continue;
      let handed = decoded.get(item.sourceId);
      if (handed) count.entities += handed.entities;
      else {
        const before = count.entities;
        const record = decodeEntity(map, source.child, count);
        decoded.set(item.sourceId, (handed = { record, entities: count.entities - before }));
      }
      const preloaded = ((item as { [PRELOADED]?: Preloaded })[PRELOADED] ??= {});
      preloaded[source.key] = handed.record;
    }
  }
}

/** The row converter of a statement returning `node` (a compiled projection) and other columns as they are. */
export function rowDecoder(decoder: Decoder, count: DecodeCount) {
  return (record: Neo4jRecord): { node: EntityRecord; sortKey: unknown } => ({
    node: decodeEntity(record.get('node') as Record<string, unknown>, decoder, count),
    sortKey: record.has('sortKey') ? record.get('sortKey') : null,
  });
}
