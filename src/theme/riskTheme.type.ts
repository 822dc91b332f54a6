import { ObjectType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';

@ObjectType({ implements: Entity, description: 'A risk or prevention theme, e.g. returnees and reintegration, referral mechanisms.' })
export class RiskTheme extends Entity {}
