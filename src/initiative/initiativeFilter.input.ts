import { Field, ID, InputType } from 'type-graphql';
import { EntityFilter } from '../resolvers/types/entityFilter.input';
import { InitiativeKind } from './initiative.type';

@InputType({ description: 'Filters for initiatives.' })
export class InitiativeFilter extends EntityFilter {
  @Field(() => InitiativeKind, { nullable: true, description: 'Only initiatives of this kind.' })
  initiativeKind?: InitiativeKind | null;

  @Field(() => ID, { nullable: true, description: 'Only initiatives developed by this partner.' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only initiatives that address this theme.' })
  themeId?: string | null;
}
