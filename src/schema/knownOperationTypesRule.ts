import { GraphQLError, ValidationRule } from 'graphql';

/**
 * Rejects at validation an operation whose root type the schema lacks (a subscription), so the client gets
 * a 400 GRAPHQL_VALIDATION_FAILED instead of an execution-time INTERNAL_SERVER_ERROR. (graphql-js 17 ships this rule as KnownOperationTypesRule.)
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`The schema has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});
