import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode, ValueNode } from 'graphql';
import { EVENT_KIND_NAMES, EVENT_PROPERTIES, KIND_NAMES, KINDS, KindName } from '../model/kinds';
import { EVIDENCE_PROPERTIES } from '../loaders/entityRecord';
import { KindDecl, PropertyDecl } from '../model/modelTypes';
import { FIELDS_BY_KIND, RelationshipField } from '../model/relationshipFields';

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
  child: NodePlan;
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
  kinds: KindName[];
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

/** The stored properties behind a declared property (a partial date and a stated count are several). */
function storedProperties(name: string, decl: PropertyDecl): string[] {
  if ('partialDate' in decl.type) return ['dateYear', 'dateMonth', 'dateDay', 'datePrecision', 'dateIso'];
  if ('countClaim' in decl.type) return [name, `${name}Qualifier`];
  return [name];
}

/** Per kind, the GraphQL fields that are stored properties, with the properties they read. */
const PROPERTIES_BY_KIND = Object.fromEntries(
  KIND_NAMES.map((kind) => {
    const decl = KINDS[kind] as KindDecl;
    const own = { ...(decl.event ? EVENT_PROPERTIES : {}), ...decl.properties };
    const fields = new Map(Object.entries(ENTITY_PROPERTIES));
    for (const [name, property] of Object.entries(own)) fields.set(name, storedProperties(name, property));
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
  kinds: readonly KindName[],
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
      const typeKinds = fragment.typeCondition ? kindsOfType(fragment.typeCondition.name.value) : [];
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
 * Per group of kinds, the evidence sources to compile. Evidence records are the entity's own (every response
 * key of `evidence` hands out the same ones), so a kind gets its sources compiled only when one response key
 * of `evidence` selects `source`; with several (aliases that may select differently), the loader answers.
 */
function planEvidence(evidence: Map<KindName, FoundField[][]>, fragments: GraphQLResolveInfo['fragments']): EvidencePlan[] {
  const groups: { kinds: KindName[]; found: FoundField[]; sources: Map<string, FoundField[]> }[] = [];
  for (const [kind, keys] of evidence) {
    const selecting = keys.map((found) => ({ found, sources: evidenceSources(found, fragments) })).filter((key) => key.sources.size > 0);
    if (selecting.length !== 1) continue;
    const [{ found, sources }] = selecting;
    const same = groups.find((g) => g.found.length === found.length && g.found.every((f, i) => f === found[i]));
    if (same) same.kinds.push(kind);
    else groups.push({ kinds: [kind], found, sources });
  }
  return groups.map(({ kinds, sources }) => ({
    kinds,
    sources: [...sources].map(([key, nodes]) => ({
      key,
      when: conditionsOf(nodes),
      child: planSelection(
        nodes.flatMap((f) => (f.node.selectionSet ? [f.node.selectionSet] : [])),
        [EVIDENCE_SOURCE_KIND],
        fragments,
      ),
    })),
  }));
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
    if (variants.length === 0) continue;
    relations.push({
      key,
      variants: variants.map(({ field, kinds: variantKinds, found: nodes }) => ({
        field,
        kinds: variantKinds,
        first: field.one ? { value: 1 } : firstSource(nodes[0].node, field),
        when: conditionsOf(nodes),
        child: planSelection(
          nodes.flatMap((f) => (f.node.selectionSet ? [f.node.selectionSet] : [])),
          field.targetKinds,
          fragments,
        ),
      })),
    });
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
