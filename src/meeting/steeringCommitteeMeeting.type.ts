import { ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';
import { Event } from '../event/event.interface';

@ObjectType({ implements: [Entity, Event], description: 'A meeting of a network\'s steering committee, e.g. the SCN International Steering Committee in Aarhus, May 2017.' })
export class SteeringCommitteeMeeting extends Event {}
