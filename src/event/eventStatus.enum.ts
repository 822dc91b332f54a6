import { registerEnumType } from 'type-graphql';

export enum EventStatus {
  HELD = 'HELD',
  SCHEDULED = 'SCHEDULED',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether an event had taken place or was still scheduled when its source was written.',
});
