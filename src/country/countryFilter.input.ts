import { Field, ID, InputType } from 'type-graphql';
import { EntityFilter } from '../resolvers/types/entityFilter.input';

@InputType({ description: 'Filters for countries.' })
export class CountryFilter extends EntityFilter {
  @Field(() => ID, { nullable: true, description: 'Only countries in this region.' })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the country with this ISO 3166-1 alpha-2 code.' })
  isoCode?: string | null;
}
