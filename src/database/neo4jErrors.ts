import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/**
 * Turns a driver error into a GraphQL error by its Neo4j status code, never by its message text.
 * The original message stays in the server log; clients get a stable code and a plain sentence.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
      return new GraphQLError('The graph database is not reachable; try again shortly.', {
        extensions: { code: 'DATABASE_UNAVAILABLE', neo4jCode: code },
        originalError: error,
      });
    }
    if (code.startsWith('Neo.ClientError.Security.')) {
      return new GraphQLError('The service could not authenticate to the graph database.', {
        extensions: { code: 'DATABASE_AUTH_FAILED', neo4jCode: code },
        originalError: error,
      });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new GraphQLError('The change conflicts with existing data (an id is already taken).', {
        extensions: { code: 'CONFLICT', neo4jCode: code },
        originalError: error,
      });
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new GraphQLError('The query took too long and was stopped; narrow it down.', {
        extensions: { code: 'QUERY_TIMEOUT', neo4jCode: code },
        originalError: error,
      });
    }
    if (code.startsWith('Neo.TransientError.')) {
      return new GraphQLError('The graph database is busy; try again.', {
        extensions: { code: 'DATABASE_BUSY', neo4jCode: code },
        originalError: error,
      });
    }
    return new GraphQLError('The graph database could not answer this query.', {
      extensions: { code: 'DATABASE_ERROR', neo4jCode: code },
      originalError: error,
    });
  }
  return new GraphQLError('Internal server error', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    originalError: error instanceof Error ? error : undefined,
  });
}
