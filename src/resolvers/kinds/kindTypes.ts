import { ClassType, ObjectType } from 'type-graphql';
import { KIND_NAMES, KINDS, KindName } from '../../model/kinds';
import { KindDecl } from '../../model/modelTypes';
import { Entity } from '../types/entity.interface';
import { Event } from '../types/event.interface';
import { declareProperties } from '../types/propertyFields';

/** The object type of one kind: Entity (or Event, for events) plus the kind's declared properties. */
function kindType(kind: KindName): ClassType {
  const decl = KINDS[kind] as KindDecl;
  const base: abstract new () => Entity = decl.event ? Event : Entity;
  // A named class, so that type-graphql's messages and stack traces name the kind.
  const type = { [kind]: class extends base {} }[kind];
  declareProperties(type, decl.properties);
  ObjectType(kind, { implements: decl.event ? [Entity, Event] : Entity, description: decl.description })(type);
  return type;
}

/** The GraphQL object type of every kind of the model, by kind name. */
export const KIND_TYPES = Object.fromEntries(KIND_NAMES.map((kind) => [kind, kindType(kind)])) as Record<KindName, ClassType>;

/** The GraphQL type named by the model: a kind, or the Event or Entity interface. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function graphQLTypeNamed(name: string): Function {
  if (name === 'Entity') return Entity;
  if (name === 'Event') return Event;
  return KIND_TYPES[name as KindName];
}
