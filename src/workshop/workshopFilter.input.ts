import { Field, ID, InputType } from 'type-graphql';
import { EntityFilter } from '../resolvers/types/entityFilter.input';
import { EventStatus } from '../event/eventStatus.enum';
import { WorkshopKind } from './workshop.type';

@InputType({ description: 'Filters for workshops.' })
export class WorkshopFilter extends EntityFilter {
  @Field(() => WorkshopKind, { nullable: true, description: 'Only workshops of this kind.' })
  workshopKind?: WorkshopKind | null;

  @Field(() => EventStatus, { nullable: true, description: 'Only HELD or only SCHEDULED workshops.' })
  status?: EventStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only workshops held in this city.' })
  cityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workshops held in this country (directly or in one of its cities).' })
  countryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workshops held in this region (directly, or in its countries and cities).' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workshops that covered this theme.' })
  themeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only workshops hosted by this partner.' })
  hostId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only workshops on or after this partial ISO date ("2017", "2017-05", "2017-05-12"), compared at the precision both dates have.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only workshops on or before this partial ISO date, compared at the precision both dates have.' })
  to?: string | null;
}
