import { RELATIONSHIPS, RelationshipTypeName } from './relationships';

/** Every relationship type of the model, in declaration order. */
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIPS) as RelationshipTypeName[];

export function isRelationshipType(value: string): value is RelationshipTypeName {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIPS, value);
}
