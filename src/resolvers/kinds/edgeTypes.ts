import { ClassType, Field, ObjectType } from 'type-graphql';
import { EDGE_TYPES as DECLARED_EDGES, EdgeType } from '../../model/relationshipFields';
import { RELATIONSHIPS } from '../../model/relationships';
import { Evidence } from '../types/evidence.type';
import { declareProperties } from '../types/propertyFields';
import { graphQLTypeNamed } from './kindTypes';

/**
 * The object type of one relationship type's edges: both ends, the relationship's declared properties, and its
 * evidence (as `Relationship.evidence` shows it).
 */
function edgeType(edge: EdgeType): ClassType {
  // A named class, so that type-graphql's messages and stack traces name the edge type.
  const type = { [edge.name]: class {} }[edge.name];
  const meaning = RELATIONSHIPS[edge.type].meaning;
  Field(() => graphQLTypeNamed(edge.from), { description: `Where the relationship starts (${edge.type}: ${meaning}).` })(type.prototype, 'from');
  Field(() => graphQLTypeNamed(edge.to), { description: `Where the relationship ends (${edge.type}).` })(type.prototype, 'to');
  declareProperties(type, edge.properties);
  Field(() => [Evidence], { description: 'The evidence that states the relationship and its properties.' })(type.prototype, 'evidence');
  ObjectType(edge.name, { description: edge.description })(type);
  return type;
}

/** The GraphQL object type of every edge type of the model, by name. */
export const EDGE_TYPES: Record<string, ClassType> = Object.fromEntries(DECLARED_EDGES.map((edge) => [edge.name, edgeType(edge)]));
