import { KIND_NAMES, KindName } from '../model/kinds';
import { PropertyDecl } from '../model/modelTypes';
import { PartialDateParts, parsePartialDate, partialDateKeys } from '../model/partialDate';
import { propertiesOf } from '../model/properties';
import { countClaimKeys } from '../model/storedProperties';
import { relationshipPropertiesOf } from '../model/relationshipFields';
import { isRelationshipType } from '../model/relationshipTypeNames';

/** One piece of evidence: a verbatim excerpt of a source held as text, or a citation of a source cited by reference. */
export interface EvidenceRecord {
  sourceId: string;
  kind: 'EXCERPT' | 'CITATION';
  /** Excerpts only. */
  excerpt: string | null;
  /** Citations only: the claim in our own words, and where in the source (optional). */
  statement: string | null;
  locator: string | null;
}

/** A count as the source states it, e.g. "more than 40" or "around 10", dated when the source dates it. */
export interface CountRecord {
  value: number;
  qualifier: string;
  asOf: PartialDateParts | null;
}

/** An entity as the API hands it to type-graphql: Neo4j properties plus decoded dates, counts and evidence. */
export interface EntityRecord {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  evidence: EvidenceRecord[];
  date: PartialDateParts | null;
  [property: string]: unknown;
}

/** The declared properties stored as several keys (partial dates and stated counts), which records decode. */
function structured(properties: Record<string, PropertyDecl>): [string, PropertyDecl][] {
  return Object.entries(properties).filter(([, property]) => 'partialDate' in property.type || 'countClaim' in property.type);
}

const STRUCTURED_BY_KIND = new Map(KIND_NAMES.map((kind: KindName) => [kind as string, structured(propertiesOf(kind))]));

/**
 * Sets on `target` each of `properties` decoded from the stored `props` (null when not stored): a partial date
 * `x` from `xYear` … `xIso`, a count `x` from `x`, `xQualifier` and `xAsOf`, anything else as stored.
 */
function decodeInto(target: Record<string, unknown>, props: Record<string, unknown>, properties: [string, PropertyDecl][]): void {
  for (const [name, property] of properties) {
    if ('partialDate' in property.type) target[name] = toPartialDate(props, name);
    else if ('countClaim' in property.type) target[name] = toCount(props, name);
    else target[name] = props[name] ?? null;
  }
}

/** Builds the record of an entity from the property map of its Neo4j node. */
export function toEntityRecord(props: Record<string, unknown>): EntityRecord {
  return intoEntityRecord({ ...props });
}

/** The same, made in place from a property map the caller owns and hands over (no copy: the compiler's records). */
export function intoEntityRecord(props: Record<string, unknown>): EntityRecord {
  const record = props as EntityRecord;
  record.id = String(props.id);
  record.kind = String(props.kind);
  record.name = String(props.name);
  record.aliases = (props.aliases as string[] | undefined) ?? [];
  record.description = (props.description as string | undefined) ?? null;
  record.evidence = toEvidence(props);
  record.date = null;
  decodeInto(props, props, STRUCTURED_BY_KIND.get(record.kind) ?? []);
  return record;
}

/** The parallel lists evidence is stored as on nodes and relationships ('' where a kind has no such part). */
export const EVIDENCE_PROPERTIES = ['evidenceSourceIds', 'evidenceKinds', 'evidenceExcerpts', 'evidenceStatements', 'evidenceLocators'] as const;

/** Decodes the evidence lists; data stored before kinds existed (no `evidenceKinds`) reads as excerpts. */
export function toEvidence(props: Record<string, unknown>): EvidenceRecord[] {
  const list = (key: (typeof EVIDENCE_PROPERTIES)[number]) => (props[key] as string[] | null | undefined) ?? [];
  const [kinds, excerpts, statements, locators] = [list('evidenceKinds'), list('evidenceExcerpts'), list('evidenceStatements'), list('evidenceLocators')];
  return list('evidenceSourceIds').map((sourceId, i) =>
    kinds[i] === 'CITATION'
      ? { sourceId, kind: 'CITATION', excerpt: null, statement: statements[i] ?? '', locator: locators[i] || null }
      : { sourceId, kind: 'EXCERPT', excerpt: excerpts[i] ?? '', statement: null, locator: null },
  );
}

/** The partial date stored under `name` (`<name>Year` … `<name>Iso`), or null. */
function toPartialDate(props: Record<string, unknown>, name: string): PartialDateParts | null {
  const keys = partialDateKeys(name);
  const year = props[keys.year];
  if (typeof year !== 'number') return null;
  return {
    year,
    month: (props[keys.month] as number | null) ?? null,
    day: (props[keys.day] as number | null) ?? null,
    precision: props[keys.precision] as PartialDateParts['precision'],
    iso: String(props[keys.iso]),
  };
}

/** The stated count stored under `name` (`<name>`, `<name>Qualifier`, `<name>AsOf`), or null. */
function toCount(props: Record<string, unknown>, name: string): CountRecord | null {
  const keys = countClaimKeys(name);
  const value = props[keys.value];
  if (typeof value !== 'number') return null;
  const asOf = props[keys.asOf];
  return { value, qualifier: String(props[keys.qualifier] ?? 'EXACTLY'), asOf: typeof asOf === 'string' ? parsePartialDate(asOf) : null };
}

/**
 * A relationship between two entities, with its evidence and the properties its type declares (decoded as
 * on entities: `joined` is a partial date or null). The record of an edge type (Membership, Role, …) too.
 */
export interface RelationshipRecord {
  type: string;
  from: EntityRecord;
  to: EntityRecord;
  basis: string;
  evidence: EvidenceRecord[];
  [property: string]: unknown;
}

/** Builds the record of a relationship from its ends and the property map of its Neo4j relationship. */
export function toRelationshipRecord(type: string, from: EntityRecord, to: EntityRecord, props: Record<string, unknown>): RelationshipRecord {
  const own: Record<string, unknown> = {};
  decodeInto(own, props, Object.entries(isRelationshipType(type) ? relationshipPropertiesOf(type) : {}));
  return { ...own, type, from, to, basis: String(props.basis ?? 'SOURCE'), evidence: toEvidence(props) };
}
