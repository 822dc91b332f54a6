import { readFileSync } from 'node:fs';
import { isIntrospectionType, isSpecifiedScalarType, isObjectType, isInterfaceType, isInputObjectType } from 'graphql';
import { buildGraphQLSchema, printGraphQLSchema } from '../../src/graphql/buildGraphQLSchema';
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

test('Schema file: the public contract names are present', () => {
  const sdl = readFileSync(SCHEMA_FILE, 'utf8');
  for (const line of [
    'interface Entity',
    'interface Event implements Entity',
    'type PartialDate',
    'type Relationship',
    'node(id: ID!): Entity',
    'entities(',
    'cities(',
    'steeringCommitteeMeetings(',
  ]) {
    expect(sdl).toContain(line);
  }
});
