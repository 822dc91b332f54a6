import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ORPHANED_TYPES, RESOLVERS } from '../resolvers/resolvers';
import { authChecker } from './authChecker';

/**
 * A new executable schema from the type-graphql classes (argument validation on). Each service instance
 * builds its own: Apollo instruments the schema object in place, so two servers must not share one.
 */
export function buildGraphQLSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    orphanedTypes: ORPHANED_TYPES,
    validate: { forbidUnknownValues: false },
    authChecker,
    authMode: 'error',
  });
  // type-graphql has no decorator for the root type's own description.
  const query = schema.getQueryType();
  if (query) query.description = 'Entry points: lists per kind, entities by id, paths, neighbourhoods, search, timelines and aggregates.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes, each one recorded change in history (who, when, before and after) that revertChange can undo; each needs an API key with the role its description names.';
  return schema;
}

/** The SDL checked in at schema/schema.graphql: sorted so diffs show real API changes only. */
export function printGraphQLSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildGraphQLSchema()))}\n`;
}
