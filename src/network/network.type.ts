import { ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';

@ObjectType({ implements: Entity, description: 'A network of cities, such as the Strong Cities Network.' })
export class Network extends Entity {}
