import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode, ValueNode } from 'graphql';
import { EVENT_KIND_NAMES, KIND_NAMES, KindName } from '../model/kinds';
import { EVIDENCE_PROPERTIES } from '../loaders/entityRecord';
import { RelationshipDecl } from '../model/modelTypes';
import { propertiesOf, storedKeys } from '../model/properties';
import { FIELDS_BY_KIND, RelationshipField, relationshipPropertiesOf } from '../model/relationshipFields';
import { RELATIONSHIPS } from '../model/relationships';

/** A variable a field depends on through @include(if: $v) (`include`) or @skip(if: $v) (not `include`). */
export interface Condition {
  variable: string;
  include: boolean;
}

/** Where a list field's `first` comes from: a literal, or a variable (its default when the variable is unset). */
export type FirstSource = { value: number } | { variable: string; defaultValue: number };

/** One way a response key is resolved: the same relationship field for `kinds` of the parent. */
export interface RelationVariant {
  field: RelationshipField;
  kinds: KindName[];
  first: FirstSource;
  /** Any of these sets of conditions (all of one set) includes the field; null: always included. */
  when: Condition[][] | null;
  /** The selection of the related entities; for an `edge` field, of its other end (`to` when OUT, `from` when IN). */
  child: NodePlan;
  /** For an `edge` field: what it reads of the relationship and of the parent's own end. */
  edge: EdgePlan | null;
}

/** What an `edge` field reads besides its other end: the relationship's stored properties, its evidence sources, the parent's end. */
export interface EdgePlan {
  properties: string[];
  /** The sources its evidence cites, per response key of `source` (none: the entity loader answers). */
  sources: EvidenceSourcePlan[];
  /** The selection of the end that is the parent entity (`from` when OUT, `to` when IN). */
  self: NodePlan;
}

/** A response key compiled for some kinds of the parent, one variant per relationship field it stands for. */
export interface RelationPlan {
  key: string;
  variants: RelationVariant[];
}

/** One response key of `source` under an entity's `evidence`: the source entities to fetch with their selection. */
export interface EvidenceSourcePlan {
  key: string;
  /** As for relationship fields: the conditions that include it (those of `evidence` too); null: always. */
  when: Condition[][] | null;
  child: NodePlan;
}

/** The `source` fields under `evidence` for some kinds of the parent (every piece of evidence cites one source). */
export interface EvidencePlan {
  kinds: KindName[];
  sources: EvidenceSourcePlan[];
}

/** What to fetch for the entities at one level of the selection: stored properties, relationship fields, evidence sources. */
export interface NodePlan {
  kinds: KindName[];
  properties: string[];
  relations: RelationPlan[];
  evidence: EvidencePlan[];
}

/** The kind every piece of evidence cites (`Evidence.source`). */
export const EVIDENCE_SOURCE_KIND: KindName = 'Source';

/** A field as found in a selection: the kinds of parent it applies to and the conditions that include it. */
interface FoundField {
  node: FieldNode;
  /** Kinds, or the one object type (an edge type) the selection is on. */
  kinds: string[];
  when: Condition[];
}

const ENTITY_PROPERTIES: Record<string, string[]> = {
  id: ['id'],
  kind: ['kind'],
  name: ['name'],
  aliases: ['aliases'],
  description: ['description'],
  evidence: [...EVIDENCE_PROPERTIES],
};

/** Per kind, the GraphQL fields that are stored properties, with the properties they read. */
const PROPERTIES_BY_KIND = Object.fromEntries(
  KIND_NAMES.map((kind) => {
    const fields = new Map(Object.entries(ENTITY_PROPERTIES));
    for (const [name, property] of Object.entries(propertiesOf(kind))) fields.set(name, storedKeys(name, property));
    return [kind, fields];
  }),
) as Record<KindName, Map<string, string[]>>;

/** The kinds a type condition covers: a kind, Event, or Entity (every kind). */
function kindsOfType(typeName: string): readonly KindName[] {
  if (typeName === 'Entity') return KIND_NAMES;
  if (typeName === 'Event') return EVENT_KIND_NAMES;
  return (KIND_NAMES as string[]).includes(typeName) ? [typeName as KindName] : [];
}

/** The conditions of @skip/@include on a selection; null when a literal excludes it. */
function directiveConditions(selection: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }): Condition[] | null {
  const conditions: Condition[] = [];
  for (const directive of selection.directives ?? []) {
    const include = directive.name.value === 'include';
    if (!include && directive.name.value !== 'skip') continue;
    const value = directive.arguments?.find((arg) => arg.name.value === 'if')?.value;
    if (value?.kind === Kind.BOOLEAN) {
      if (value.value !== include) return null;
    } else if (value?.kind === Kind.VARIABLE) {
      conditions.push({ variable: value.name.value, include });
    }
  }
  return conditions;
}

/** Walks selection sets through fragments, keeping the kinds each field applies to, by response key in order. */
export function collectFields(
  selectionSets: readonly SelectionSetNode[],
  kinds: readonly string[],
  fragments: GraphQLResolveInfo['fragments'],
  found = new Map<string, FoundField[]>(),
  when: Condition[] = [],
): Map<string, FoundField[]> {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      const conditions = directiveConditions(selection);
      if (conditions === null) continue;
      const all = [...when, ...conditions];
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = found.get(key) ?? [];
        list.push({ node: selection, kinds: [...kinds], when: all });
        found.set(key, list);
        continue;
      }
      const fragment: { typeCondition?: FragmentDefinitionNode['typeCondition']; selectionSet: SelectionSetNode } | undefined =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) continue;
      // A condition on a type that is not an entity type (a connection or edge type) keeps the kinds as they are.
      const typeKinds: readonly string[] = fragment.typeCondition ? kindsOfType(fragment.typeCondition.name.value) : [];
      const covered = typeKinds.length === 0 ? kinds : kinds.filter((kind) => typeKinds.includes(kind));
      if (covered.length > 0) collectFields([fragment.selectionSet], covered, fragments, found, all);
    }
  }
  return found;
}

/** Any of these fields' condition sets includes the field; null when one of them is unconditional. */
function conditionsOf(found: FoundField[]): Condition[][] | null {
  return found.some((f) => f.when.length === 0) ? null : found.map((f) => f.when);
}

/**
 * The `source` fields under these `evidence` fields (one response key, merged as GraphQL merges it), by
 * response key; each keeps the conditions of its `evidence` field.
 */
function evidenceSources(evidence: FoundField[], fragments: GraphQLResolveInfo['fragments']): Map<string, FoundField[]> {
  const found = new Map<string, FoundField[]>();
  for (const field of evidence) {
    if (field.node.selectionSet) collectFields([field.node.selectionSet], [EVIDENCE_SOURCE_KIND], fragments, found, field.when);
  }
  for (const [key, fields] of found) if (fields[0].node.name.value !== 'source') found.delete(key);
  return found;
}

/**
 * The response keys of `evidence` on one entity or relationship, and the `source` fields they select: compiled
 * only when exactly one key selects `source` (evidence records are the entity's own, so every key hands out
 * the same ones; aliases that may select differently are left to the loader). Null when none is compiled.
 */
function selectedSources(keys: FoundField[][], fragments: GraphQLResolveInfo['fragments']): { found: FoundField[]; sources: Map<string, FoundField[]> } | null {
  const selecting = keys.map((found) => ({ found, sources: evidenceSources(found, fragments) })).filter((key) => key.sources.size > 0);
  return selecting.length === 1 ? selecting[0] : null;
}

/** The plans of the `source` fields selected under evidence, by response key. */
function sourcePlans(sources: Map<string, FoundField[]>, fragments: GraphQLResolveInfo['fragments']): EvidenceSourcePlan[] {
  return [...sources].map(([key, nodes]) => ({ key, when: conditionsOf(nodes), child: planSelection(selectionsOf(nodes), [EVIDENCE_SOURCE_KIND], fragments) }));
}

/** Per group of kinds (those whose evidence selects the same fields), the evidence sources to compile. */
function planEvidence(evidence: Map<KindName, FoundField[][]>, fragments: GraphQLResolveInfo['fragments']): EvidencePlan[] {
  const groups: { kinds: KindName[]; found: FoundField[]; sources: Map<string, FoundField[]> }[] = [];
  for (const [kind, keys] of evidence) {
    const selected = selectedSources(keys, fragments);
    if (!selected) continue;
    const { found, sources } = selected;
    const same = groups.find((g) => g.found.length === found.length && g.found.every((f, i) => f === found[i]));
    if (same) same.kinds.push(kind);
    else groups.push({ kinds: [kind], found, sources });
  }
  return groups.map(({ kinds, sources }) => ({ kinds, sources: sourcePlans(sources, fragments) }));
}

/** The selection sets of these fields. */
function selectionsOf(found: FoundField[]): SelectionSetNode[] {
  return found.flatMap((f) => (f.node.selectionSet ? [f.node.selectionSet] : []));
}

/**
 * The plan of an `edge` field's selection (on its edge type): the other end as `child`, and the relationship's
 * properties and evidence and the parent's own end as `edge`. Null when `from` or `to` is selected under more
 * than one response key (each alias could select differently, but both would read one record): the loader answers.
 */
function planEdge(selectionSets: readonly SelectionSetNode[], field: RelationshipField, fragments: GraphQLResolveInfo['fragments']): { child: NodePlan; edge: EdgePlan } | null {
  const decl = RELATIONSHIPS[field.type] as RelationshipDecl;
  const declared = relationshipPropertiesOf(field.type);
  const ends = { from: [] as FoundField[][], to: [] as FoundField[][] };
  const properties = new Set<string>(['basis']);
  const evidence: FoundField[][] = [];
  for (const found of collectFields(selectionSets, [field.returns], fragments).values()) {
    const name = found[0].node.name.value;
    if (name === 'from' || name === 'to') ends[name].push(found);
    else if (name === 'evidence') {
      EVIDENCE_PROPERTIES.forEach((p) => properties.add(p));
      evidence.push(found);
    } else if (Object.prototype.hasOwnProperty.call(declared, name)) storedKeys(name, declared[name]).forEach((p) => properties.add(p));
  }
  if (ends.from.length > 1 || ends.to.length > 1) return null;
  const plan = (end: 'from' | 'to') => planSelection(selectionsOf(ends[end].flat()), decl[end] as KindName[], fragments);
  const [self, other] = field.direction === 'OUT' ? [plan('from'), plan('to')] : [plan('to'), plan('from')];
  const selected = selectedSources(evidence, fragments);
  return { child: other, edge: { properties: [...properties], sources: selected ? sourcePlans(selected.sources, fragments) : [], self } };
}

function firstSource(node: FieldNode, field: RelationshipField): FirstSource {
  const value = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
  if (value?.kind === Kind.INT) return { value: Number(value.value) };
  if (value?.kind === Kind.VARIABLE) return { variable: value.name.value, defaultValue: field.defaultFirst };
  return { value: field.defaultFirst };
}

/**
 * The plan of a selection on entities of `kinds`: the stored properties its fields read, the relationship
 * fields it follows and the sources its evidence cites, per kind. Other fields (computed fields,
 * `relationships`) are left to their resolvers. Derived from the model only: names in the query select among
 * declared fields, nothing more.
 */
export function planSelection(selectionSets: readonly SelectionSetNode[], kinds: readonly KindName[], fragments: GraphQLResolveInfo['fragments']): NodePlan {
  const properties = new Set<string>();
  const relations: RelationPlan[] = [];
  const evidence = new Map<KindName, FoundField[][]>();
  for (const [key, found] of collectFields(selectionSets, kinds, fragments)) {
    const variants: { field: RelationshipField; kinds: KindName[]; found: FoundField[] }[] = [];
    for (const kind of kinds) {
      const applicable = found.filter((f) => f.kinds.includes(kind));
      if (applicable.length === 0) continue;
      const name = applicable[0].node.name.value;
      const stored = PROPERTIES_BY_KIND[kind].get(name);
      if (stored) stored.forEach((p) => properties.add(p));
      if (name === 'evidence') evidence.set(kind, [...(evidence.get(kind) ?? []), applicable]);
      const field = FIELDS_BY_KIND[kind].get(name);
      if (!field) continue;
      const same = variants.find((v) => v.field === field && v.found.length === applicable.length && v.found.every((f, i) => f === applicable[i]));
      if (same) same.kinds.push(kind);
      else variants.push({ field, kinds: [kind], found: applicable });
    }
    const planned = variants.flatMap(({ field, kinds: variantKinds, found: nodes }) => {
      const selection = field.edge ? planEdge(selectionsOf(nodes), field, fragments) : { child: planSelection(selectionsOf(nodes), field.targetKinds, fragments), edge: null };
      if (!selection) return [];
      const first = field.one ? { value: 1 } : firstSource(nodes[0].node, field);
      return [{ field, kinds: variantKinds, first, when: conditionsOf(nodes), ...selection }];
    });
    if (planned.length > 0) relations.push({ key, variants: planned });
  }
  return {
    kinds: [...kinds],
    properties: [...properties].filter((p) => p !== 'id' && p !== 'kind'),
    relations,
    evidence: planEvidence(evidence, fragments),
  };
}

/** The selection sets of `name` fields inside these selection sets (through fragments), e.g. a connection's `edges`. */
export function subSelections(selectionSets: readonly SelectionSetNode[], name: string, fragments: GraphQLResolveInfo['fragments']): SelectionSetNode[] {
  const found = collectFields(selectionSets, KIND_NAMES, fragments);
  return [...found.values()].flat().flatMap((f) => (f.node.name.value === name && f.node.selectionSet ? [f.node.selectionSet] : []));
}
