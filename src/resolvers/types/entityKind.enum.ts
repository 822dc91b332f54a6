import { registerEnumType } from 'type-graphql';
import { KIND_NAMES, KINDS, KindName } from '../../model/kinds';

/** GraphQL enum of entity kinds; values equal type names and Neo4j labels. */
export const EntityKind = Object.fromEntries(KIND_NAMES.map((k) => [k, k])) as { [K in KindName]: K };

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kind of an entity; equals its GraphQL type name and its Neo4j label.',
  valuesConfig: Object.fromEntries(KIND_NAMES.map((k) => [k, { description: KINDS[k].description }])),
});
