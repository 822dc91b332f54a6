import { KIND_NAMES, KINDS, KindName, EVENT_KIND_NAMES } from './kinds';
import { KindDecl, PropertyDecl, RelationshipDecl, RelationshipFieldDecl } from './modelTypes';
import { RELATIONSHIPS, RelationshipTypeName } from './relationships';

/** Default and maximum page sizes of list-valued relationship fields. */
export const RELATED_DEFAULT_FIRST = 50;
export const RELATED_MAX_FIRST = 500;

/** A relationship field with everything derived: its type, the kinds it may return and its GraphQL return type. */
export interface RelationshipField extends RelationshipFieldDecl {
  type: RelationshipTypeName;
  /** Kinds of neighbour it returns: `kinds`, or every kind at the other end. */
  targetKinds: KindName[];
  /** GraphQL type of one item: a kind, `Event` when every target is an event, else `Entity`; for an `edge` field, the edge type. */
  returns: string;
  defaultFirst: number;
}

/** The GraphQL type that covers these kinds: the kind itself, the Event interface, or the Entity interface. */
export function returnTypeOf(kinds: readonly string[]): string {
  if (kinds.length === 1) return kinds[0];
  return kinds.every((kind) => (EVENT_KIND_NAMES as string[]).includes(kind)) ? 'Event' : 'Entity';
}

const DECLARED = Object.entries(RELATIONSHIPS) as [RelationshipTypeName, RelationshipDecl][];

/**
 * The object type of one relationship type that declares `edge`: the GraphQL types of its two ends (a kind,
 * `Event` or `Entity`), the relationship's own properties and its evidence.
 */
export interface EdgeType {
  name: string;
  description: string;
  type: RelationshipTypeName;
  from: string;
  to: string;
  properties: Record<string, PropertyDecl>;
}

/** Every edge type of the model, in declaration order. */
export const EDGE_TYPES: EdgeType[] = DECLARED.flatMap(([type, decl]) =>
  decl.edge ? [{ ...decl.edge, type, from: returnTypeOf(decl.from), to: returnTypeOf(decl.to), properties: decl.properties ?? {} }] : [],
);

/** The properties a relationship type declares (none for most). */
export function relationshipPropertiesOf(type: RelationshipTypeName): Record<string, PropertyDecl> {
  return (RELATIONSHIPS[type] as RelationshipDecl).properties ?? {};
}

/** The edge type a field declared `edge: true` returns; a declaration error when its relationship type has none. */
function edgeOf(type: RelationshipTypeName, decl: RelationshipDecl, field: string): string {
  if (!decl.edge) throw new Error(`${field} is declared edge: true, but ${type} declares no edge type`);
  return decl.edge.name;
}

/** Every relationship field of the model, in declaration order. */
export const RELATIONSHIP_FIELDS: RelationshipField[] = DECLARED.flatMap(([type, decl]) =>
  (['out', 'in'] as const).flatMap((end) =>
    (decl.fields[end] ?? []).map((field) => {
      const targetKinds = (field.kinds ?? (end === 'out' ? decl.to : decl.from)) as KindName[];
      return {
        ...field,
        type,
        direction: end === 'out' ? ('OUT' as const) : ('IN' as const),
        targetKinds,
        returns: field.edge ? edgeOf(type, decl, `${field.on}.${field.name}`) : returnTypeOf(targetKinds),
        defaultFirst: field.defaultFirst ?? RELATED_DEFAULT_FIRST,
      };
    }),
  ),
);

/** The types (kinds and interfaces) a kind's fields may be declared on. */
export function ownersOf(kind: KindName): string[] {
  return (KINDS[kind] as KindDecl).event ? [kind, 'Event', 'Entity'] : [kind, 'Entity'];
}

/** The relationship fields a kind has, its own and its interfaces', by field name. */
export const FIELDS_BY_KIND: Record<KindName, Map<string, RelationshipField>> = Object.fromEntries(
  KIND_NAMES.map((kind) => {
    const owners = ownersOf(kind);
    return [kind, new Map(RELATIONSHIP_FIELDS.filter((field) => owners.includes(field.on)).map((field) => [field.name, field]))];
  }),
) as Record<KindName, Map<string, RelationshipField>>;

/** The relationship fields declared on one type (a kind or an interface), by field name. */
export function fieldsDeclaredOn(owner: string): RelationshipField[] {
  return RELATIONSHIP_FIELDS.filter((field) => field.on === owner);
}
