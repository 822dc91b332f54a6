import { Field, ObjectType } from 'type-graphql';
import { EntityRecord, EvidenceRecord } from '../loaders/entityRecord';
import type { ClaimAgreement } from '../model/claims';
import { KIND_TYPES } from './kinds/kindTypes';
import { Entity } from './types/entity.interface';
import { Evidence } from './types/evidence.type';
import { GRAPHQL_ENUMS } from './types/enums';
import { Direction } from './types/relationship.type';

@ObjectType({ description: 'One value stated for a property, with every source that states it.' })
export class Claim {
  @Field({ description: 'The value as the sources state it, as text: a partial ISO date, an enum value, a number, a count as "MORE_THAN 100 as of 2017-07", an entity id for a one-valued relationship field.' })
  value!: string;

  @Field({ description: 'Whether the graph holds this value (the property shows it, or the one-valued field returns this entity). Every alias is held.' })
  chosen!: boolean;

  @Field(() => [KIND_TYPES.Source], { description: 'The sources that state this value, by id.' })
  sources!: EntityRecord[];

  @Field(() => [Evidence], { description: 'The evidence these sources give for the entity or relationship the claim is about.' })
  evidence!: EvidenceRecord[];
}

@ObjectType({ description: 'Everything the sources state about one property: the value the graph holds, whether they agree, and each value with its sources.' })
export class PropertyClaims {
  @Field({ description: 'The property as the schema names it (name, aliases, description, date, status, memberCityCount, joined, …), or a one-valued relationship field (city, place, basedIn, …) when several sources give it different entities.' })
  property!: string;

  @Field(() => String, { nullable: true, description: 'The value the graph holds, as text (see Claim.value); null when no claim decides one.' })
  value!: string | null;

  @Field(() => GRAPHQL_ENUMS.ClaimAgreement, { description: 'AGREE, REFINED or CONFLICT.' })
  agreement!: ClaimAgreement;

  @Field(() => [Claim], { description: 'Each distinct value stated: the chosen one first, then by how many sources state it.' })
  claims!: Claim[];
}

@ObjectType({ description: 'A relationship a source states, seen from the entity the claims are about: its sources, evidence and property claims.' })
export class RelationshipClaims {
  @Field({ description: 'Relationship type, e.g. MEMBER_OF, HELD_IN.' })
  type!: string;

  @Field(() => Direction, { description: 'OUT when the relationship starts at the entity, IN when it ends there (never BOTH).' })
  direction!: Direction;

  @Field(() => Entity, { description: 'The entity at the other end.' })
  other!: EntityRecord;

  @Field(() => GRAPHQL_ENUMS.ClaimAgreement, { description: 'The worst agreement over its properties (AGREE when it has none).' })
  agreement!: ClaimAgreement;

  @Field(() => [KIND_TYPES.Source], { description: 'Every source that states the relationship, by id.' })
  sources!: EntityRecord[];

  @Field(() => [Evidence], { description: 'The evidence for the relationship.' })
  evidence!: EvidenceRecord[];

  @Field(() => [PropertyClaims], { description: "Claims about the relationship's own properties (e.g. when a city joined), in declaration order." })
  properties!: PropertyClaims[];
}

@ObjectType({ description: 'Every claim the sources make about one entity and the relationships they state for it, and whether they agree.' })
export class EntityClaims {
  @Field(() => Entity, { description: 'The entity.' })
  entity!: EntityRecord;

  @Field(() => GRAPHQL_ENUMS.ClaimAgreement, { description: 'The worst agreement over its properties and relationships.' })
  agreement!: ClaimAgreement;

  @Field(() => [PropertyClaims], { description: 'Claims about its properties (name, aliases, description first, then its kind\'s, in declaration order), then one-valued relationship fields that sources fill with different entities.' })
  properties!: PropertyClaims[];

  @Field(() => [RelationshipClaims], { description: 'Every relationship a source states for it (reference data such as a country\'s region is not a claim), by type, then the other end\'s name.' })
  relationships!: RelationshipClaims[];
}
