import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a write did: the change recorded in history (revertChange takes its changeId) and what it changed.' })
export class WriteResult {
  @Field(() => ID, { nullable: true, description: 'The recorded change; null when the write changed nothing (e.g. the same statement made again).' })
  changeId!: string | null;

  @Field(() => [String], { description: 'The entities (ids) and relationships ("from TYPE to") the write changed.' })
  changed!: string[];

  /** The entity to show afterwards (read by the entity field), if the write was about one. */
  entityId!: string | null;
}
