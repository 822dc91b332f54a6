import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { neo4jDetails } from '../database/neo4jErrors';
import { Context } from '../loaders/context';

/** Codes of errors the client caused; logged at info level, everything else at error level. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'QUERY_TOO_COSTLY', 'RESULT_TOO_LARGE']);

/**
 * Logs each GraphQL error once, on the request's logger (so with its request id), with what the client
 * does not see: Neo4j's code and message, the cause and its stack. Every error sent to the client
 * carries `extensions.requestId`, the id to quote when reporting it.
 */
export function errorReportingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
            const cause = unwrapResolverError(error);
            const underlying = (cause as { originalError?: unknown }).originalError ?? cause;
            const line = { code, path: error.path?.join('.'), operationName, ...neo4jDetails(error), err: underlying };
            if (CLIENT_CODES.has(code)) contextValue.log.info({ code, path: line.path, operationName, message: error.message }, 'GraphQL request rejected');
            else contextValue.log.error(line, `GraphQL error ${code}`);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
        },
      };
    },
  };
}
