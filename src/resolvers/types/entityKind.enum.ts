import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS, EntityKindName } from '../../graph/entityKinds';

/** GraphQL enum of entity kinds; values equal type names and Neo4j labels. */
export const EntityKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, k])) as { [K in EntityKindName]: K };

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kind of an entity; equals its GraphQL type name and its Neo4j label.',
});
