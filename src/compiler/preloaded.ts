import { GraphQLResolveInfo } from 'graphql';

/**
 * Where a compiled statement leaves what it already fetched for a record's fields: a map from response key
 * (the alias, or the field name) to the field's value, under this symbol on the record. Relationship fields
 * read it first and go to the loaders only when it holds nothing for them.
 */
export const PRELOADED = Symbol('preloaded');

export type Preloaded = Record<string, unknown>;

/** The value a compiled statement fetched for this field of `root`, or undefined when it fetched none. */
export function preloaded(root: object, info: GraphQLResolveInfo): unknown {
  const map = (root as { [PRELOADED]?: Preloaded })[PRELOADED];
  if (map === undefined) return undefined;
  const key = info.path.key as string;
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
