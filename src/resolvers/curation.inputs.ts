import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { EntityKind } from './types/entityKind.enum';
import { BOUNDS } from '../model/bounds';

@InputType({ description: 'A piece of evidence: an excerpt (verbatim text of a source held as text, checked against it) or a citation (a statement in our own words of what a source cited by reference states, with an optional locator). Exactly one of excerpt and statement.' })
export class EvidenceInput {
  @Field(() => ID, { nullable: true, description: "The Source it comes from; defaults to the write's source." })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Verbatim text of the source (at most 400 characters).' })
  excerpt?: string | null;

  @Field(() => String, { nullable: true, description: 'What the source states, in our own words (at most 300 characters).' })
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the source (a section or page), for a citation.' })
  locator?: string | null;
}

@InputType({ description: 'A Source: cited by reference (address, title, publisher) or held as text (file), with the rules of a seed document\'s source.' })
export class CreateSourceInput {
  @Field(() => ID, { description: 'The id, "source:<words joined by hyphens>".' })
  id!: string;

  @Field({ description: 'A short name.' })
  @MaxLength(BOUNDS.writeMaxNameLength)
  name!: string;

  @Field({ description: 'What kind of document it is, e.g. "news post", "report".' })
  documentType!: string;

  @Field(() => String, { nullable: true, description: 'Its http(s) address (a source cited by reference).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Its title (a source cited by reference).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it (a source cited by reference).' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'The file name of its text, for a source held as text (the text is kept beside the server: SOURCE_TEXTS_DIR).' })
  file?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was published, at the precision it gives: YYYY, YYYY-MM or YYYY-MM-DD.' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was consulted: YYYY-MM-DD.' })
  consultedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is, in a sentence.' })
  description?: string | null;
}

@InputType({ description: 'What a source states about an entity, with its evidence.' })
class StatementInput {
  @Field(() => ID, { description: 'The Source stating it (its claims are recorded as this source\'s).' })
  source!: string;

  @Field(() => [EvidenceInput], { description: `The evidence: at least one piece, at most ${BOUNDS.writeMaxEvidence}.` })
  @ArrayMaxSize(BOUNDS.writeMaxEvidence)
  @ValidateNested({ each: true })
  evidence!: EvidenceInput[];
}

/** What createEntity and updateEntity share: the spellings, description and properties a source states. */
@InputType({ description: 'What a source states about an entity, with its evidence.' })
class EntityStatementInput extends StatementInput {
  @Field(() => [String], { nullable: true, description: `Other spellings the source gives (at most ${BOUNDS.writeMaxAliases}).` })
  @ArrayMaxSize(BOUNDS.writeMaxAliases)
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A sentence on what it is.' })
  @MaxLength(BOUNDS.writeMaxDescriptionLength)
  description?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its kind\'s own properties, as a seed file gives them (e.g. a workshop\'s {"date": "2017-05", "status": "HELD"}); in updateEntity a property set to null withdraws the source\'s claim of it.' })
  properties?: Record<string, unknown> | null;
}

@InputType({ description: 'A new entity, as a source states it.' })
export class CreateEntityInput extends EntityStatementInput {
  @Field(() => ID, { description: 'The id, "<kind word>:<words joined by hyphens>", e.g. "city:durres".' })
  id!: string;

  @Field(() => EntityKind, { description: 'Its kind (not Source: use createSource).' })
  kind!: string;

  @Field({ description: 'Its name, as the source spells it.' })
  @MaxLength(BOUNDS.writeMaxNameLength)
  name!: string;
}

@InputType({ description: 'What a source states about an existing entity: each value given replaces that source\'s earlier claim of it (null in properties withdraws it); other sources\' claims stay.' })
export class UpdateEntityInput extends EntityStatementInput {
  @Field(() => ID, { description: 'The entity.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its name, as the source spells it.' })
  @MaxLength(BOUNDS.writeMaxNameLength)
  name?: string | null;
}

@InputType({ description: 'A relationship by its ends and type.' })
export class RelationshipKeyInput {
  @Field({ description: 'Its type, e.g. MEMBER_OF (relationshipTypes lists them).' })
  type!: string;

  @Field(() => ID, { description: 'The entity it starts at.' })
  from!: string;

  @Field(() => ID, { description: 'The entity it ends at.' })
  to!: string;
}

@InputType({ description: 'A relationship as a source states it, with its evidence.' })
export class LinkInput extends StatementInput {
  @Field({ description: 'Its type, e.g. MEMBER_OF (relationshipTypes lists them and the kinds each joins).' })
  type!: string;

  @Field(() => ID, { description: 'The entity it starts at.' })
  from!: string;

  @Field(() => ID, { description: 'The entity it ends at.' })
  to!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The properties its type declares (e.g. MEMBER_OF\'s {"joined": "2016"}).' })
  properties?: Record<string, unknown> | null;
}

@InputType({ description: 'An entity (id) or a relationship: exactly one.' })
export class SubjectInput {
  @Field(() => ID, { nullable: true, description: 'An entity.' })
  id?: string | null;

  @Field(() => RelationshipKeyInput, { nullable: true, description: 'A relationship.' })
  relationship?: RelationshipKeyInput | null;
}

@InputType({ description: 'Pieces of evidence to add to an entity or relationship.' })
export class AddEvidenceInput {
  @Field(() => SubjectInput, { description: 'What they support.' })
  subject!: SubjectInput;

  @Field(() => [EvidenceInput], { description: `The pieces, each naming its source (at most ${BOUNDS.writeMaxEvidence}).` })
  @ArrayMaxSize(BOUNDS.writeMaxEvidence)
  evidence!: EvidenceInput[];
}

@InputType({ description: 'One piece of evidence to take away: its subject, source and text (excerpt or statement).' })
export class RetractEvidenceInput {
  @Field(() => SubjectInput, { description: 'What it supports.' })
  subject!: SubjectInput;

  @Field(() => ID, { description: 'Its source.' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'Its excerpt (for an excerpt).' })
  excerpt?: string | null;

  @Field(() => String, { nullable: true, description: 'Its statement (for a citation).' })
  statement?: string | null;
}
