import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum whose values are `descriptions`' keys, each with its description, and returns its
 * value object (`{ NAME: 'NAME', … }`) for decorators.
 */
export function describedEnum<K extends string>(name: string, description: string, descriptions: Record<K, string>): { [V in K]: V } {
  const keys = Object.keys(descriptions) as K[];
  const values = Object.fromEntries(keys.map((key) => [key, key])) as { [V in K]: V };
  registerEnumType(values, { name, description, valuesConfig: Object.fromEntries(keys.map((key) => [key, { description: descriptions[key] }])) as Partial<Record<K, { description: string }>> });
  return values;
}
