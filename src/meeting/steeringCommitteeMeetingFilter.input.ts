import { Field, ID, InputType } from 'type-graphql';
import { EntityFilter } from '../resolvers/types/entityFilter.input';
import { EventStatus } from '../event/eventStatus.enum';

@InputType({ description: 'Filters for steering committee meetings.' })
export class SteeringCommitteeMeetingFilter extends EntityFilter {
  @Field(() => EventStatus, { nullable: true, description: 'Only HELD or only SCHEDULED meetings.' })
  status?: EventStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only meetings held in this city.' })
  cityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only meetings held in this country.' })
  countryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only meetings on or after this partial ISO date.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only meetings on or before this partial ISO date.' })
  to?: string | null;
}
