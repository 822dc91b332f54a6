import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Evidence } from './evidence.type';
import { GRAPHQL_ENUMS } from './enums';

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way relationships are followed from an entity.',
  valuesConfig: {
    OUT: { description: 'Relationships that start at the entity.' },
    IN: { description: 'Relationships that end at the entity.' },
    BOTH: { description: 'Both.' },
  },
});

@ObjectType({ description: 'A typed, directed link between two entities, with the evidence for it.' })
export class Relationship {
  @Field({ description: 'Relationship type, e.g. HOSTED_BY, HELD_IN, COVERED.' })
  type!: string;

  @Field(() => Entity, { description: 'Where the relationship starts.' })
  from!: Entity;

  @Field(() => Entity, { description: 'Where the relationship ends.' })
  to!: Entity;

  @Field(() => GRAPHQL_ENUMS.FactBasis, { description: 'Whether a source states the link or it is reference data.' })
  basis!: string;

  @Field(() => [Evidence], { description: 'Source excerpts that state the link (empty for reference data).' })
  evidence!: Evidence[];
}
