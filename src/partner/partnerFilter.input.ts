import { Field, ID, InputType } from 'type-graphql';
import { EntityFilter } from '../resolvers/types/entityFilter.input';

@InputType({ description: 'Filters for partner organisations.' })
export class PartnerFilter extends EntityFilter {
  @Field(() => ID, { nullable: true, description: 'Only partners of this network.' })
  networkId?: string | null;
}
