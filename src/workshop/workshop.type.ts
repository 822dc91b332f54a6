import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';
import { Event } from '../resolvers/types/event.interface';
import { CountClaim } from '../resolvers/types/countClaim.type';

export enum WorkshopKind {
  REGIONAL_PRACTITIONERS_WORKSHOP = 'REGIONAL_PRACTITIONERS_WORKSHOP',
  IN_COUNTRY_TRAINING = 'IN_COUNTRY_TRAINING',
}
registerEnumType(WorkshopKind, { name: 'WorkshopKind', description: 'What sort of workshop.' });

@ObjectType({ implements: [Entity, Event], description: "A workshop: a regional practitioners' workshop or an in-country training." })
export class Workshop extends Event {
  @Field(() => WorkshopKind, { description: "REGIONAL_PRACTITIONERS_WORKSHOP or IN_COUNTRY_TRAINING." })
  workshopKind!: WorkshopKind;

  @Field(() => Int, { nullable: true, description: 'How many days it lasted, when the source says.' })
  durationDays!: number | null;

  @Field(() => CountClaim, { nullable: true, description: 'How many cities it was set to involve, as the source states it (e.g. around 10).' })
  expectedCityCount!: CountClaim | null;
}
