import { Field, Float, ObjectType } from 'type-graphql';
import { EntityRecord } from '../loaders/entityRecord';
import { KIND_TYPES } from './kinds/kindTypes';

@ObjectType({ description: 'An initiative related to an entity without being directly part of it, with why.' })
export class RelatedInitiative {
  @Field(() => KIND_TYPES.Initiative, { description: 'The initiative.' })
  initiative!: EntityRecord;

  @Field(() => Float, { description: 'Sum over shared entities of weight (theme 3, event 2, partner 2, place 1) divided by distance from the entity times distance from the initiative (see README).' })
  score!: number;

  @Field(() => [String], { description: 'Human-readable reasons, strongest first, e.g. "shares theme Risk assessment".' })
  reasons!: string[];
}
