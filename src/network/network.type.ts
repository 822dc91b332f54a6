import { ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';

@ObjectType({ implements: Entity, description: 'A network of cities, such as the Strong Cities Network.' })
export class Network extends Entity {}
