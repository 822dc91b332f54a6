/**
 * The shapes of the model's declarations. The model (kinds.ts, relationships.ts, enums.ts, linkPaths.ts) is
 * the one place that says what the graph holds; the GraphQL types, list queries, seed validation, schema
 * constraints, the export and the query compiler are all derived from it. Nothing here imports anything
 * outside src/model.
 */

/** A scalar or structured property type. Enums are named by their key in ENUMS. */
export type PropertyType =
  | { scalar: 'String' | 'Int' | 'ID' }
  | { enum: string }
  /**
   * A partial date: stored as `<name>Year`, `<name>Month`, `<name>Day`, `<name>Precision`, `<name>Iso`
   * (for `date`: dateYear, dateMonth, dateDay, datePrecision, dateIso).
   */
  | { partialDate: true }
  /**
   * A stated count: stored as `<name>` (the value), `<name>Qualifier` and, when the source dates it,
   * `<name>AsOf` (a partial ISO date). Seed files give `{ value, qualifier, asOf? }`. Dated counts from
   * several sources form a series (the membership curve), not a conflict; the node holds the latest.
   */
  | { countClaim: true };

export interface PropertyDecl {
  type: PropertyType;
  nullable: boolean;
  description: string;
  /** Seed-file validation beyond the type: a regular expression for strings, a minimum for Ints. */
  pattern?: RegExp;
  min?: number;
  /** Whether seed files may omit it (defaults to `nullable`). */
  optionalInSeeds?: boolean;
  /** Set by reference data, not by documents (isoCode). */
  reference?: boolean;
  /** Indexed in Neo4j (a range index on the kind's label). */
  indexed?: boolean;
  /**
   * A stated count that changes over time (a member count): claims are a series by `asOf`, and a claim no
   * source dates cannot contradict another (nobody can tell when it held). Counts of one moment (how many
   * cities came to a workshop) leave it out: there, two undated claims that differ are a CONFLICT.
   */
  series?: boolean;
  /**
   * Free wording of something sources describe in their own words (a role, "Mayor" or "Mayor of Rabat"; what a
   * person did at an event): different wordings are REFINED, never a CONFLICT; the most stated is shown.
   */
  wording?: boolean;
}

/** One condition a list filter offers. Every filter also offers `ids` and `nameContains`. */
export type FilterFieldDecl =
  /** The property equals the given value (`upperCase`: compared in upper case, e.g. ISO codes). */
  | { name: string; description: string; equals: string; upperCase?: boolean }
  /** The entity reaches the entity with the given id along one of the link's paths (a key of LINK_PATHS). */
  | { name: string; description: string; link: string }
  /** The entity's date is on or after (`from`) or on or before (`to`) a partial ISO date. */
  | { name: string; description: string; date: 'from' | 'to' }
  /** The entity is of one of the given kinds (a list of EntityKind values). */
  | { name: string; description: string; kinds: true };

export type OrderFieldName = 'NAME' | 'ID' | 'DATE';

/** The paginated list query of a kind (or of an interface: `events`). */
export interface ListDecl {
  /** The Query field, e.g. `cities`. */
  query: string;
  description: string;
  defaultOrder: OrderFieldName;
  /**
   * The filter input: its type name and description, and the conditions beyond ids and nameContains.
   * Null: the list takes the plain `EntityFilter`.
   */
  filter: { name: string; description: string; fields: FilterFieldDecl[] } | null;
}

/** The `events` list: conditions as top-level arguments, a fixed chronological order, no orderBy. */
export interface FlatListDecl {
  query: string;
  description: string;
  order: { field: OrderFieldName; direction: 'ASC' | 'DESC' };
  arguments: FilterFieldDecl[];
}

export interface KindDecl {
  description: string;
  /** Events implement the Event interface (date, status, place). */
  event?: boolean;
  /** Properties beyond the Entity ones (id, name, kind, aliases, description, evidence), and the Event ones for events. */
  properties: Record<string, PropertyDecl>;
  list: ListDecl;
}

/** Where a relationship field stands: on one kind, or on an interface (all its kinds). */
export type FieldOwner = string;

/** A GraphQL field that follows one relationship type from one of its ends. */
export interface RelationshipFieldDecl {
  /** The kind or interface (`Event`) the field is declared on. */
  on: FieldOwner;
  name: string;
  description: string;
  /** OUT: from the relationship's start (`from`) to its end; IN: the other way. */
  direction: 'OUT' | 'IN';
  /** Keep only neighbours of these kinds (default: every kind at the other end). */
  kinds?: string[];
  /** A single entity (the first by name), nullable, instead of a list with a `first` argument. */
  one?: boolean;
  /** Default of the `first` argument of a list field (RELATED_DEFAULT_FIRST when omitted). */
  defaultFirst?: number;
  /**
   * Returns the relationship's edges (its `edge` object type: the neighbour as `node`, the relationship's
   * properties and its evidence) instead of the neighbours. Only on relationship types that declare `edge`.
   */
  edge?: boolean;
}

/** A relationship field as declared under its relationship type (the direction is where it stands). */
export type RelationshipEndDecl = Omit<RelationshipFieldDecl, 'direction'>;

export interface RelationshipDecl {
  /** Kinds the relationship may start at and end at. */
  from: string[];
  to: string[];
  meaning: string;
  /**
   * Properties the relationship itself carries (e.g. when a city joined). Seed files state them per
   * relationship; each source's value is kept as a claim, as for entity properties.
   */
  properties?: Record<string, PropertyDecl>;
  /** The GraphQL object type of one relationship with its properties, for fields declared with `edge: true`. */
  edge?: { name: string; description: string };
  /** GraphQL fields that follow it: `out` from its start (`from` kinds), `in` from its end (`to` kinds). */
  fields: { out?: RelationshipEndDecl[]; in?: RelationshipEndDecl[] };
}

/** One hop of a link path: a relationship type followed in one direction. */
export interface LinkHop {
  type: string;
  direction: 'OUT' | 'IN';
}

export interface EnumDecl {
  description: string;
  values: string[];
  /** Per-value descriptions, where the schema has them. */
  valueDescriptions?: Record<string, string>;
}
