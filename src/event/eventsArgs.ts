import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../resolvers/pagination/pageArgs';
import { EventStatus } from './eventStatus.enum';

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'On or after this partial ISO date ("2017", "2017-05", "2017-05-12"), compared at the precision both dates have: an event dated "2017" matches from: "2017-05".' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'On or before this partial ISO date, compared at the precision both dates have.' })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events held in this region (directly, or in its countries and cities).' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events held in this country (directly or in its cities).' })
  countryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events that covered this theme.' })
  themeId?: string | null;

  @Field(() => EventStatus, { nullable: true, description: 'Only HELD or only SCHEDULED events.' })
  status?: EventStatus | null;
}
