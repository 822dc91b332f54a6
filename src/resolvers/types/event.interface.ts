import { InterfaceType } from 'type-graphql';
import { EVENT_PROPERTIES } from '../../model/kinds';
import { PartialDateParts } from '../../model/partialDate';
import { Entity } from './entity.interface';
import { declareProperties } from './propertyFields';

@InterfaceType({
  implements: Entity,
  description: 'Something that happens at a time and place: a summit, workshop or training, steering committee meeting, consultation or hub launch.',
  resolveType: (value: { kind: string }) => value.kind,
})
export abstract class Event extends Entity {
  date!: PartialDateParts | null;
  status!: string | null;
}
declareProperties(Event, EVENT_PROPERTIES);
