import { Field, InterfaceType } from 'type-graphql';
import { Entity } from './entity.interface';
import { PartialDate } from './partialDate.type';
import { EventStatus } from '../../event/eventStatus.enum';

@InterfaceType({
  implements: Entity,
  description: 'Something that happens at a time and place: a workshop, training or steering committee meeting.',
  resolveType: (value: { kind: string }) => value.kind,
})
export abstract class Event extends Entity {
  @Field(() => PartialDate, { nullable: true, description: 'When, at the precision the source gives; null when the source gives no date.' })
  date!: PartialDate | null;

  @Field(() => EventStatus, { nullable: true, description: 'HELD or SCHEDULED as of the source.' })
  status!: EventStatus | null;
}
