import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from '../resolvers/types/entity.interface';

export enum InitiativeKind {
  FRAMEWORK = 'FRAMEWORK',
  METHODOLOGY = 'METHODOLOGY',
  LOCAL_ACTION_PLAN = 'LOCAL_ACTION_PLAN',
  PROGRAMME = 'PROGRAMME',
}
registerEnumType(InitiativeKind, { name: 'InitiativeKind', description: 'What sort of initiative.' });

export enum InitiativeStatus {
  IN_DEVELOPMENT = 'IN_DEVELOPMENT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}
registerEnumType(InitiativeStatus, { name: 'InitiativeStatus', description: 'Stage of an initiative as its source describes it.' });

@ObjectType({ implements: Entity, description: 'A framework, methodology, local action plan or programme.' })
export class Initiative extends Entity {
  @Field(() => InitiativeKind, { description: 'FRAMEWORK, METHODOLOGY, LOCAL_ACTION_PLAN or PROGRAMME.' })
  initiativeKind!: InitiativeKind;

  @Field(() => InitiativeStatus, { nullable: true, description: 'Stage as of the source, when it says (e.g. "being developed").' })
  status!: InitiativeStatus | null;
}
