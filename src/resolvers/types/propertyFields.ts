import { Field, ID, Int } from 'type-graphql';
import { PropertyDecl, PropertyType } from '../../model/modelTypes';
import { GRAPHQL_ENUMS, GraphQLEnumName } from './enums';
import { PartialDate } from './partialDate.type';
import { CountClaim } from './countClaim.type';

/** The GraphQL type of a declared property. */
export function propertyType(type: PropertyType): object {
  if ('scalar' in type) return type.scalar === 'Int' ? Int : type.scalar === 'ID' ? ID : String;
  if ('enum' in type) return GRAPHQL_ENUMS[type.enum as GraphQLEnumName];
  return 'partialDate' in type ? PartialDate : CountClaim;
}

/** Declares a GraphQL field on `type` (an object type or interface class) for each declared property. */
export function declareProperties(type: abstract new () => object, properties: Record<string, PropertyDecl>): void {
  for (const [name, property] of Object.entries(properties)) {
    Field(() => propertyType(property.type), { nullable: property.nullable, description: property.description })(type.prototype, name);
  }
}
