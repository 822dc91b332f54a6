import { RELATIONSHIP_TYPE_NAMES, isRelationshipType } from '../../model/relationshipTypeNames';
import { badInput } from '../../errors/badInput';

/** Rejects unknown relationship type names with an error that lists the known ones. */
export function checkRelationshipTypes(argument: string, types: string[] | null | undefined): string[] | null {
  if (!types) return null;
  const unknown = types.filter((t) => !isRelationshipType(t));
  if (unknown.length > 0) {
    throw badInput(argument, `has unknown relationship type(s) ${unknown.join(', ')}; known types: ${RELATIONSHIP_TYPE_NAMES.join(', ')}.`);
  }
  return types;
}
