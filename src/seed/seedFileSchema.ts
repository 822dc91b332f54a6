import { z } from 'zod';
import { ENTITY_KINDS, EntityKindName } from '../graph/entityKinds';
import { isRelationshipType } from '../graph/relationshipTypes';
import { parsePartialDate } from '../model/partialDate';

/** Ids are readable slugs: `<kind prefix>:<lowercase words joined by hyphens>`, e.g. `city:durres`. */
const entityId = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id like "city:durres"');
const text = z.string().trim().min(1);
const partialDate = z.string().refine((v) => parsePartialDate(v) !== null, 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
const count = z.strictObject({ value: z.number().int().min(0), qualifier: z.enum(['EXACTLY', 'AROUND', 'MORE_THAN', 'FEWER_THAN']) });

export const evidenceSchema = z.strictObject({
  /** Defaults to the document's own source. */
  source: entityId.optional(),
  excerpt: text.max(400, 'an excerpt is a clause or a sentence, at most 400 characters'),
});

const eventProperties = {
  date: partialDate.optional(),
  status: z.enum(['HELD', 'SCHEDULED']),
};

/** The properties each kind may carry beyond id, name, aliases, description and evidence. */
export const PROPERTIES_BY_KIND: Record<EntityKindName, z.ZodType> = {
  Network: z.strictObject({}),
  Region: z.strictObject({ memberCityCount: count.optional() }),
  Country: z.strictObject({ isoCode: z.string().regex(/^[A-Z]{2}$/).optional() }),
  City: z.strictObject({}),
  Partner: z.strictObject({ organisationType: z.enum(['NGO', 'ASSOCIATION', 'MULTILATERAL', 'COMPANY', 'GOVERNMENT', 'OTHER']).optional() }),
  Workshop: z.strictObject({
    ...eventProperties,
    workshopKind: z.enum(['REGIONAL_PRACTITIONERS_WORKSHOP', 'IN_COUNTRY_TRAINING']),
    durationDays: z.number().int().min(1).optional(),
    expectedCityCount: count.optional(),
  }),
  SteeringCommitteeMeeting: z.strictObject(eventProperties),
  RiskTheme: z.strictObject({}),
  Initiative: z.strictObject({
    initiativeKind: z.enum(['FRAMEWORK', 'METHODOLOGY', 'LOCAL_ACTION_PLAN', 'PROGRAMME']),
    status: z.enum(['IN_DEVELOPMENT', 'ACTIVE', 'COMPLETED']).optional(),
  }),
  Source: z.strictObject({}),
};

export const entitySchema = z
  .strictObject({
    id: entityId,
    kind: z.enum(ENTITY_KINDS),
    name: text,
    aliases: z.array(text).default([]),
    description: text.optional(),
    properties: z.record(z.string(), z.unknown()).default({}),
    evidence: z.array(evidenceSchema).min(1, 'every entity needs at least one piece of evidence'),
  })
  .superRefine((entity, ctx) => {
    const result = PROPERTIES_BY_KIND[entity.kind].safeParse(entity.properties);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['properties', ...issue.path.map(String)], message: issue.message });
      }
    }
  });

const relationshipType = z.string().refine(isRelationshipType, 'unknown relationship type');

export const relationshipSchema = z.strictObject({
  type: relationshipType,
  from: entityId,
  to: entityId,
  evidence: z.array(evidenceSchema).min(1, 'every relationship needs at least one piece of evidence'),
});

/** A file of facts stated by one source document. */
export const documentFileSchema = z.strictObject({
  source: z.strictObject({
    id: entityId.refine((id) => id.startsWith('source:'), 'a source id starts with "source:"'),
    name: text,
    file: z.string().regex(/^[\w.-]+\.txt$/, 'expected the file name of the source text, e.g. "post.txt"'),
    documentType: text,
    publisher: text.optional(),
    date: partialDate.optional(),
    description: text.optional(),
    evidence: z.array(evidenceSchema).default([]),
  }),
  entities: z.array(entitySchema),
  relationships: z.array(relationshipSchema),
});

/** A file of reference facts no source needs to state: property values and relationships, without excerpts. */
export const referenceFileSchema = z.strictObject({
  reference: z.strictObject({ id: entityId, name: text, description: text }),
  properties: z.array(z.strictObject({ id: entityId, isoCode: z.string().regex(/^[A-Z]{2}$/) })),
  relationships: z.array(z.strictObject({ type: relationshipType, from: entityId, to: entityId })),
});

export type DocumentFile = z.infer<typeof documentFileSchema>;
export type ReferenceFile = z.infer<typeof referenceFileSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema>;
