import { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What each field costs, declared where the field is declared (the `complexity` option of its decorator): every
 * field costs 1 plus its selection; a list field pays its selection once per item its size argument lets through.
 * src/schema/queryCost.ts prices whole operations with these.
 */

/** One relationship hop of an unbounded search of the graph (shortest paths, related initiatives, aggregates). */
export const SEARCH_HOP_COST = 20_000;

/** Reading every neighbour of one entity, however many it has (commonConnections). */
export const ENTITY_EXPANSION_COST = 1_000;

/** One word of a full-text search (fuzzy and prefix matching per word). */
export const FULL_TEXT_WORD_COST = 200;

/** One write: a mutation pays this once, plus WRITE_ITEM_COST per entity, relationship or piece of evidence it writes. */
export const WRITE_COST = 5_000;

/** One entity, relationship or piece of evidence a mutation writes (an import pays it per item of its document). */
export const WRITE_ITEM_COST = 100;

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
