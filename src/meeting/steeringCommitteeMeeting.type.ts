import { ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';
import { Event } from '../resolvers/types/event.interface';

@ObjectType({ implements: [Entity, Event], description: 'A meeting of a network\'s steering committee, e.g. the SCN International Steering Committee in Aarhus, May 2017.' })
export class SteeringCommitteeMeeting extends Event {}
