import { isInterfaceType, isObjectType } from 'graphql';
import { buildGraphQLSchema } from '../../src/schema/buildGraphQLSchema';

/** Arguments that say how much a field returns or walks. */
const SIZE_ARGUMENTS = ['first', 'limit', 'ids', 'maxLength', 'depth'];

test('Query cost: every field with a size argument declares its cost where it is declared', () => {
  const schema = buildGraphQLSchema();
  const sized: string[] = [];
  const unpriced: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => SIZE_ARGUMENTS.includes(arg.name))) continue;
      sized.push(`${type.name}.${field.name}`);
      if (typeof field.extensions.complexity !== 'function') unpriced.push(`${type.name}.${field.name}`);
    }
  }
  expect(sized.length).toBeGreaterThan(50);
  expect(unpriced).toEqual([]);
});
