import { z } from 'zod';
import { ENUMS, EnumName } from '../model/enums';
import { KIND_NAMES, KindName } from '../model/kinds';
import { PropertyDecl } from '../model/modelTypes';
import { parsePartialDate } from '../model/partialDate';
import { propertiesOf } from '../model/properties';
import { relationshipPropertiesOf } from '../model/relationshipFields';
import { RELATIONSHIP_TYPE_NAMES, isRelationshipType } from '../model/relationshipTypeNames';
import { RelationshipTypeName } from '../model/relationships';

/** Ids are readable slugs: `<kind prefix>:<lowercase words joined by hyphens>`, e.g. `city:durres`. */
const entityId = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id like "city:durres"');
const text = z.string().trim().min(1);
const partialDate = z.string().refine((v) => parsePartialDate(v) !== null, 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
/** A stated count; `asOf` dates it (a member count "as of" a month), at the precision the source gives. */
const count = z.strictObject({ value: z.number().int().min(0), qualifier: z.enum(ENUMS.CountQualifier.values), asOf: partialDate.optional() });

/** Verbatim text of a source held as text. */
const excerptSchema = z.strictObject({
  /** Defaults to the document's own source. */
  source: entityId.optional(),
  excerpt: text.max(400, 'an excerpt is a clause or a sentence, at most 400 characters'),
});

/** A source cited by reference: where in it (optional) and what it states, in our own words. */
const citationSchema = z.strictObject({
  /** Defaults to the document's own source. */
  source: entityId.optional(),
  statement: text.max(300, 'a statement is one line in our own words, at most 300 characters'),
  locator: text.max(200).optional(),
});

/** A piece of evidence: an excerpt `{source?, excerpt}` or a citation `{source?, statement, locator?}`. */
export const evidenceSchema = z.union([excerptSchema, citationSchema], {
  error: 'expected an excerpt {source?, excerpt} or a citation {source?, statement, locator?}',
});
export type SeedEvidence = z.infer<typeof evidenceSchema>;

/** The value a declared property takes in a seed file: its type, enum values, `pattern` and `min`. */
function valueSchema(property: PropertyDecl): z.ZodType {
  const type = property.type;
  if ('enum' in type) return z.enum(ENUMS[type.enum as EnumName].values);
  if ('partialDate' in type) return partialDate;
  if ('countClaim' in type) return count;
  if (type.scalar === 'Int') return property.min === undefined ? z.number().int() : z.number().int().min(property.min);
  if (type.scalar === 'ID') return entityId;
  return property.pattern ? z.string().regex(property.pattern) : z.string();
}

/** A declared property in a seed file: its value, optional when it may be left out (`optionalInSeeds`, else `nullable`). */
function propertySchema(property: PropertyDecl): z.ZodType {
  return (property.optionalInSeeds ?? property.nullable) ? valueSchema(property).optional() : valueSchema(property);
}

/** A strict object of declared properties. */
function propertiesSchema(properties: Record<string, PropertyDecl>): z.ZodType {
  return z.strictObject(Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, propertySchema(property)])));
}

/** The properties each relationship type may carry (e.g. MEMBER_OF's `joined`), from the model. */
const PROPERTIES_BY_RELATIONSHIP = Object.fromEntries(
  RELATIONSHIP_TYPE_NAMES.map((type) => [type, propertiesSchema(relationshipPropertiesOf(type))]),
) as Record<RelationshipTypeName, z.ZodType>;

/** The properties each kind may carry beyond id, name, aliases, description and evidence, from the model. */
export const PROPERTIES_BY_KIND: Record<KindName, z.ZodType> = Object.fromEntries(
  KIND_NAMES.map((kind): [KindName, z.ZodType] => [kind, propertiesSchema(propertiesOf(kind))]),
) as Record<KindName, z.ZodType>;

/** Properties that reference data sets (isoCode), with the kinds that have them. */
const REFERENCE_PROPERTIES = Object.fromEntries(
  KIND_NAMES.flatMap((kind) => Object.entries(propertiesOf(kind)).filter(([, property]) => property.reference).map(([name, property]) => [name, valueSchema(property)])),
);

/** An entity's fields without its kind's property rules (entitySchema adds them): what a partial update checks. */
export const entityFieldsSchema = z.strictObject({
    id: entityId,
    kind: z.enum(KIND_NAMES),
    name: text,
    aliases: z.array(text).default([]),
    description: text.optional(),
    properties: z.record(z.string(), z.unknown()).default({}),
    evidence: z.array(evidenceSchema).min(1, 'every entity needs at least one piece of evidence'),
  });

export const entitySchema = entityFieldsSchema.superRefine((entity, ctx) => {
    const result = PROPERTIES_BY_KIND[entity.kind].safeParse(entity.properties);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['properties', ...issue.path.map(String)], message: issue.message });
      }
    }
  });

const relationshipType = z.string().refine(isRelationshipType, 'unknown relationship type');

export const relationshipSchema = z
  .strictObject({
    type: relationshipType,
    from: entityId,
    to: entityId,
    /** The relationship's own properties, as its type declares them (e.g. MEMBER_OF: joined). */
    properties: z.record(z.string(), z.unknown()).optional(),
    evidence: z.array(evidenceSchema).min(1, 'every relationship needs at least one piece of evidence'),
  })
  .superRefine((relationship, ctx) => {
    if (!isRelationshipType(relationship.type)) return;
    const result = PROPERTIES_BY_RELATIONSHIP[relationship.type].safeParse(relationship.properties ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['properties', ...issue.path.map(String)], message: issue.message });
      }
    }
  });

/**
 * A source document: held as text (`file`) or cited by reference (address, title, publisher). The seed file's
 * `source` and the API's createSource both validate with it.
 */
export const sourceSchema = z.strictObject({
  id: entityId.refine((id) => id.startsWith('source:'), 'a source id starts with "source:"'),
  name: text,
  /** Held as text: the file name of its text (kept outside the repository). */
  file: z.string().regex(/^[\w.-]+\.txt$/, 'expected the file name of the source text, e.g. "post.txt"').optional(),
  /** Cited by reference: its address, title and publisher. */
  address: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) address').optional(),
  title: text.optional(),
  documentType: text,
  publisher: text.optional(),
  /** When it was published, at the precision it gives. */
  date: partialDate.optional(),
  consultedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => parsePartialDate(v) !== null, 'expected a day "YYYY-MM-DD"').optional(),
  description: text.optional(),
  evidence: z.array(evidenceSchema).default([]),
}).superRefine((source, ctx) => {
  const cited = source.address !== undefined || source.title !== undefined;
  if (source.file !== undefined && cited) ctx.addIssue({ code: 'custom', path: ['file'], message: 'a source is held as text (file) or cited by reference (address, title, publisher), not both' });
  else if (source.file === undefined) {
    for (const key of ['address', 'title', 'publisher'] as const) {
      if (source[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `a source without a file is cited by reference and needs ${key}` });
    }
  }
});

/** A file of facts stated by one source document. */
export const documentFileSchema = z.strictObject({
  source: sourceSchema,
  entities: z.array(entitySchema),
  relationships: z.array(relationshipSchema),
});

/** A file of reference facts no source needs to state: property values and relationships, without excerpts. */
export const referenceFileSchema = z.strictObject({
  reference: z.strictObject({ id: entityId, name: text, description: text }),
  properties: z.array(z.strictObject({ id: entityId, ...REFERENCE_PROPERTIES })),
  relationships: z.array(z.strictObject({ type: relationshipType, from: entityId, to: entityId })),
});

export type DocumentFile = z.infer<typeof documentFileSchema>;
export type ReferenceFile = z.infer<typeof referenceFileSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema>;
