import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Query cost, in fields: every field costs 1 plus what its selection costs; a list field costs its
 * selection once per item it may return (its size argument, clamped to the documented maximum, so an
 * out-of-range value still reaches the resolver's BAD_USER_INPUT); searches and walks of the graph add
 * the work they do in Neo4j. Variables and argument defaults count like literals. A query costing more
 * than the maximum is refused before any resolver runs.
 */
export const MAX_QUERY_COST = 1_000_000;

/** One relationship hop of an unbounded search of the graph (shortest paths, related initiatives, aggregates). */
export const SEARCH_HOP_COST = 20_000;

/** Reading every neighbour of one entity, however many it has (commonConnections). */
export const ENTITY_EXPANSION_COST = 1_000;

/** One word of a full-text search (fuzzy and prefix matching per word). */
export const FULL_TEXT_WORD_COST = 200;

/** Rows an aggregate over a whole kind may return (countries, themes): lists that take no size argument. */
export const AGGREGATE_ROWS = 250;

type Args = Record<string, unknown>;

/** The items an argument lets through: its number or list length, clamped to 1..max (the maximum when missing). */
export const upTo = (argument: string, max: number) => (args: Args): number => {
  const value = args[argument];
  const n = Array.isArray(value) ? value.length : typeof value === 'number' ? value : max;
  return Math.min(Math.max(n, 1), max);
};

export interface CostSpec {
  /** How many items the field may return; its selection is paid once per item (1 when unset). */
  items?: (args: Args) => number;
  /** Work the field does in Neo4j beyond what it returns. */
  work?: (args: Args) => number;
}

/** The `complexity` option of a field decorator (read by fieldExtensionsEstimator). */
export function costOf(spec: CostSpec): ComplexityEstimator {
  return ({ args, childComplexity }) => 1 + (spec.work?.(args) ?? 0) + (spec.items?.(args) ?? 1) * childComplexity;
}

/** A list field sized by `argument` (at most `max`). */
export const listCost = (argument: string, max: number): ComplexityEstimator => costOf({ items: upTo(argument, max) });

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
