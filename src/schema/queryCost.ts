import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Query cost, in fields: every field costs 1 plus what its selection costs; a list field costs its
 * selection once per item it may return (its size argument, clamped to the documented maximum, so an
 * out-of-range value still reaches the resolver's BAD_USER_INPUT); searches and walks of the graph add
 * the work they do in Neo4j. Variables and argument defaults count like literals. A query costing more
 * than the maximum is refused before any resolver runs.
 */
export const MAX_QUERY_COST = 1_000_000;

const ESTIMATORS = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * Prices each operation once its variables are known and refuses one costing more than `maxCost`
 * (HTTP 400, code QUERY_TOO_COSTLY). Answers carry the headers X-Query-Cost and X-Query-Cost-Maximum.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, response }) {
          // No operation to run (e.g. an unknown operationName): Apollo answers OPERATION_RESOLUTION_FAILURE.
          if (!operation) return;
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operation.name?.value, estimators: ESTIMATORS });
          } catch (error) {
            // Variables or arguments that cannot be coerced: the request is malformed.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          response.http.headers.set('x-query-cost', String(cost));
          response.http.headers.set('x-query-cost-maximum', String(maxCost));
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} is more than the maximum of ${maxCost}: ask for smaller pages (first, limit, ids), fewer nested lists, aliases or shorter paths.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
