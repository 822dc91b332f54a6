import { KIND_NAMES } from '../model/kinds';
import { PartialDateParts } from '../model/partialDate';
import { propertiesOf } from '../model/properties';

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

/** A count as the source states it, e.g. "more than 40" or "around 10". */
export interface CountRecord {
  value: number;
  qualifier: string;
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

/** Properties the model declares as stated counts: stored as `<name>` and `<name>Qualifier`. */
const COUNT_PROPERTIES = [...new Set(KIND_NAMES.flatMap((kind) => Object.entries(propertiesOf(kind)).filter(([, property]) => 'countClaim' in property.type).map(([name]) => name)))];

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
  record.date = toDate(props);
  for (const key of COUNT_PROPERTIES) {
    const value = props[key];
    if (typeof value === 'number') record[key] = { value, qualifier: String(props[`${key}Qualifier`] ?? 'EXACTLY') } satisfies CountRecord;
  }
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

function toDate(props: Record<string, unknown>): PartialDateParts | null {
  if (typeof props.dateYear !== 'number') return null;
  return {
    year: props.dateYear,
    month: (props.dateMonth as number | null) ?? null,
    day: (props.dateDay as number | null) ?? null,
    precision: props.datePrecision as PartialDateParts['precision'],
    iso: String(props.dateIso),
  };
}

/** A relationship between two entities, with its evidence. */
export interface RelationshipRecord {
  type: string;
  from: EntityRecord;
  to: EntityRecord;
  basis: string;
  evidence: EvidenceRecord[];
}

/** Builds the record of a relationship from its ends and the property map of its Neo4j relationship. */
export function toRelationshipRecord(type: string, from: EntityRecord, to: EntityRecord, props: Record<string, unknown>): RelationshipRecord {
  return { type, from, to, basis: String(props.basis ?? 'SOURCE'), evidence: toEvidence(props) };
}
