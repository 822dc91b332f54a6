import { ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';

@ObjectType({ implements: Entity, description: 'A city: a member of the network, or a place where events were held.' })
export class City extends Entity {}
