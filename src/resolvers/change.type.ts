import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { describedEnum } from './types/describedEnum';

export const SubjectType = describedEnum('SubjectType', 'What a change touched: an entity or a relationship.', {
  ENTITY: 'An entity, by its id.',
  RELATIONSHIP: 'A relationship, by its ends and type.',
});

/** What names an entity or relationship in history and in import reports (fields only: never a type of the schema itself). */
@ObjectType({ description: 'What names an entity or relationship.' })
class SubjectFields {
  @Field({ description: 'The entity id, or "from TYPE to" for a relationship.' })
  subject!: string;

  @Field(() => SubjectType, { description: 'ENTITY or RELATIONSHIP.' })
  subjectType!: keyof typeof SubjectType;

  @Field(() => ID, { nullable: true, description: 'Where the relationship starts (null for an entity).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'The relationship type (null for an entity).' })
  type?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where the relationship ends (null for an entity).' })
  to?: string | null;
}

@ObjectType({ description: 'An entity or relationship an import created, changed, pruned or left unchanged.' })
export class ChangeSubject extends SubjectFields {
  @Field(() => ID, { nullable: true, description: 'The entity id (null for a relationship).' })
  id?: string | null;
}

@ObjectType({ description: 'One recorded change to one entity or relationship: who made it, when, with which operation, and its state before and after.' })
export class Change extends SubjectFields {
  @Field(() => ID, { description: 'The change this is part of (one write: one changeId, one Change per subject); revertChange takes it.' })
  changeId!: string;

  @Field({ description: 'When it was made: an ISO 8601 date-time in UTC.' })
  at!: string;

  @Field({ description: 'The name of the API key that made it (never the key or its id).' })
  by!: string;

  @Field({ description: 'The operation: importDocument, revertChange, or a mutation of the API.' })
  operation!: string;

  @Field(() => ID, { nullable: true, description: 'The entity (null for a relationship).' })
  entityId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state before: {kind, properties} or {mergedInto} for an entity, {properties} for a relationship; null when it did not exist.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state after, as before; null when the change removed it.' })
  after!: Record<string, unknown> | null;

  @Field(() => [String], { description: 'The keys whose values differ between before and after (kind, mergedInto, each property), sorted.' })
  changedProperties!: string[];

  @Field(() => ID, { nullable: true, description: 'The change this one reverted (null when it is not a revert).' })
  reverts!: string | null;

  @Field(() => ID, { nullable: true, description: 'The change that reverted this one (null while none has).' })
  revertedBy!: string | null;

  @Field({ description: 'Where this entry is in the list: pass it as `after` for the entries after it.' })
  cursor!: string;
}

@ObjectType({ description: 'What importDocument did (or, on a dry run, would do): every entity and relationship the document states or its source supported, by outcome.' })
export class ImportReport {
  @Field(() => [ChangeSubject], { description: 'Did not exist before.' })
  created!: ChangeSubject[];

  @Field(() => [ChangeSubject], { description: 'Existed; some property (evidence and claims included) is now different.' })
  changed!: ChangeSubject[];

  @Field(() => [ChangeSubject], { description: 'No longer stated by any source, so gone.' })
  pruned!: ChangeSubject[];

  @Field(() => [ChangeSubject], { description: 'Left exactly as they were.' })
  unchanged!: ChangeSubject[];

  @Field(() => Int, { description: 'How many were created.' })
  createdCount!: number;

  @Field(() => Int, { description: 'How many were changed.' })
  changedCount!: number;

  @Field(() => Int, { description: 'How many were pruned.' })
  prunedCount!: number;

  @Field(() => Int, { description: 'How many were left unchanged.' })
  unchangedCount!: number;

  @Field(() => ID, { nullable: true, description: 'The recorded change (see history, revertChange); null on a dry run or when nothing changed.' })
  changeId!: string | null;

  @Field({ description: 'True when nothing was written: the report says what the import would do.' })
  dryRun!: boolean;
}

@ObjectType({ description: 'What revertChange did.' })
export class RevertResult {
  @Field(() => ID, { nullable: true, description: 'The change that did the revert (itself revertible); null when nothing needed restoring.' })
  changeId!: string | null;

  @Field(() => ID, { description: 'The change reverted.' })
  reverted!: string;

  @Field(() => Int, { description: 'How many entities and relationships were restored.' })
  restored!: number;
}
