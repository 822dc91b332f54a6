import { Field, Int, ObjectType } from 'type-graphql';
import { EntityRecord } from '../loaders/entityRecord';
import { KIND_TYPES } from './kinds/kindTypes';

@ObjectType({ description: 'How many nodes carry a label, or how many relationships have a type.' })
export class KindCount {
  @Field({ description: 'An entity kind (label) or a relationship type.' })
  kind!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'How widely a theme was covered by events.' })
export class ThemeCoverage {
  @Field(() => KIND_TYPES.RiskTheme, { description: 'The theme.' })
  theme!: EntityRecord;

  @Field(() => Int, { description: 'Events of every kind that covered it.' })
  events!: number;

  @Field(() => Int, { description: 'Distinct cities those events were held in.' })
  cities!: number;

  @Field(() => Int, { description: 'Distinct countries those events were held in or whose cities took part.' })
  countries!: number;
}

@ObjectType({ description: 'What a country did in the network.' })
export class CountryActivity {
  @Field(() => KIND_TYPES.Country, { description: 'The country.' })
  country!: EntityRecord;

  @Field(() => Int, { description: 'Events held in the country or its cities.' })
  hosted!: number;

  @Field(() => Int, { description: 'Events the country or its cities took part in.' })
  participated!: number;

  @Field(() => Int, { description: 'Distinct partner organisations that hosted, organised or took part in those events.' })
  partners!: number;
}

@ObjectType({ description: 'How many dated events took place in one year in one region.' })
export class EventYearCount {
  @Field(() => Int, { description: 'The year of the events (every dated event is known at least to its year).' })
  year!: number;

  @Field(() => KIND_TYPES.Region, { nullable: true, description: 'The region they were held in (directly, or in its countries and cities); null for events held in no region.' })
  region!: EntityRecord | null;

  @Field(() => Int, { description: 'How many events.' })
  events!: number;
}
