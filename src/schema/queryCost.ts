import { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode, getVariableValues } from 'graphql';
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

/** Costs remembered per parsed document: at most this many (operation name, variables) pairs each. */
const COSTS_PER_DOCUMENT = 32;

const badInput = (error: GraphQLError) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** The cost of one operation; variables or arguments that cannot be coerced are BAD_USER_INPUT (the request is malformed). */
function price(schema: GraphQLSchema, query: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  // Variables are coerced first, stopping at the first error: graphql-query-complexity coerces them with no limit on
  // errors, and building thousands of errors (each with its "did you mean" suggestions) for a list of 10,000 bad enum
  // values held the event loop for seconds.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) throw badInput(coerced.errors[0]);
  try {
    return getComplexity({ schema, query, variables, operationName: operation.name?.value, estimators: ESTIMATORS });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw badInput(error);
  }
}

/**
 * Prices each operation once its variables are known and refuses one costing more than `maxCost`
 * (HTTP 400, code QUERY_TOO_COSTLY). Answers carry the headers X-Query-Cost and X-Query-Cost-Maximum.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  // A cost depends only on the schema (one per server), the document, the operation and the variables. Apollo hands
  // a repeated query the same parsed document object (from its document cache), so it is priced once per set of
  // variables; the entries go with the document when Apollo's cache drops it.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, response }) {
          // No operation to run (e.g. an unknown operationName): Apollo answers OPERATION_RESOLUTION_FAILURE.
          if (!operation) return;
          const operationName = operation.name?.value;
          const variables = request.variables ?? {};
          const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
          let known = costs.get(document);
          let cost = known?.get(key);
          if (cost === undefined) {
            cost = price(schema, document, operation, variables);
            if (!known) costs.set(document, (known = new Map()));
            if (known.size >= COSTS_PER_DOCUMENT) known.clear();
            known.set(key, cost);
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
