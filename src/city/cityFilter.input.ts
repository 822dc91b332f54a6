import { Field, ID, InputType } from 'type-graphql';
import { EntityFilter } from '../resolvers/types/entityFilter.input';

@InputType({ description: 'Filters for cities.' })
export class CityFilter extends EntityFilter {
  @Field(() => ID, { nullable: true, description: 'Only cities in this country.' })
  countryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cities in this region (through their country).' })
  regionId?: string | null;
}
