import { readFileSync } from 'node:fs';
import { GraphQLInterfaceType, GraphQLObjectType, isIntrospectionType, isSpecifiedScalarType, isObjectType, isInterfaceType, isInputObjectType } from 'graphql';
import { buildGraphQLSchema, printGraphQLSchema } from '../../src/schema/buildGraphQLSchema';
import { SCHEMA_FILE } from '../../src/schema/schemaFile';

test('Schema file: schema/schema.graphql matches the type-graphql classes (run npm run emit-schema)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printGraphQLSchema());
});

test('Schema file: every type, field and argument has a description', () => {
  const missing: string[] = [];
  for (const type of Object.values(buildGraphQLSchema().getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test('Schema file: the public contract names and types are present', () => {
  const schema = buildGraphQLSchema();
  const query = schema.getQueryType()!.getFields();
  expect(String(query.node.type)).toBe('Entity');
  expect(query.node.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['id: ID!']);
  expect(String(query.entities.type)).toBe('[Entity]!');
  for (const list of ['networks', 'regions', 'countries', 'cities', 'partners', 'workshops', 'steeringCommitteeMeetings', 'riskThemes', 'initiatives', 'sources']) {
    expect(query[list].args.map((a) => a.name).sort()).toEqual(['after', 'filter', 'first', 'orderBy']);
  }
  expect(String(query.shortestPath.type)).toBe('Path');
  expect(String(query.search.type)).toBe('[SearchHit!]!');
  const partialDate = schema.getType('PartialDate') as GraphQLObjectType;
  expect(Object.entries(partialDate.getFields()).map(([name, f]) => `${name}: ${String(f.type)}`)).toEqual(['year: Int!', 'month: Int', 'day: Int', 'precision: DatePrecision!', 'iso: String!']);
  const event = schema.getType('Event') as GraphQLInterfaceType;
  expect(event.getInterfaces().map((i) => i.name)).toEqual(['Entity']);
});
