import { registerEnumType } from 'type-graphql';
import { ENUMS, EnumName } from '../../model/enums';
import { EnumDecl } from '../../model/modelTypes';

/** Enums of the model that are not GraphQL enums (Partner.organisationType is a String in the API). */
const NOT_IN_GRAPHQL: readonly EnumName[] = ['OrganisationType'];

export type GraphQLEnumName = Exclude<EnumName, 'OrganisationType'>;

/** Every GraphQL enum of the model, registered with type-graphql: a value object (`{HELD: 'HELD', …}`) per name. */
export const GRAPHQL_ENUMS = Object.fromEntries(
  (Object.entries(ENUMS) as [EnumName, EnumDecl][])
    .filter(([name]) => !NOT_IN_GRAPHQL.includes(name))
    .map(([name, decl]) => {
      const values = Object.fromEntries(decl.values.map((value) => [value, value]));
      const valuesConfig = decl.valueDescriptions && Object.fromEntries(Object.entries(decl.valueDescriptions).map(([value, description]) => [value, { description }]));
      registerEnumType(values, { name, description: decl.description, valuesConfig });
      return [name, values];
    }),
) as Record<GraphQLEnumName, Record<string, string>>;
