import type { EntityKind } from '../generated/graphql';
import type { NetworkRequest } from './loadNetwork';

/** The depths the network view offers (the API allows up to 3; past 2 the drawing stops being readable). */
export const NETWORK_DEPTHS = [1, 2] as const;
/** How many entities per neighbourhood it offers to draw at most (the API allows 1 to 1000); the first is the default. */
export const NETWORK_LIMITS = [200, 50, 100, 500] as const;

/** `value` when it is one of `allowed`, else the first of them. */
function oneOf(value: number, allowed: readonly number[]): number {
  return allowed.includes(value) ? value : allowed[0];
}

/**
 * The network view's state from its URL, `/graph/:id?depth=2&limit=100&kinds=City&kinds=Country&types=HELD_IN&expanded=…&selected=…`:
 * lists are repeated parameters; no `kinds` (or `types`) means every kind (type).
 */
export function readNetworkParams(id: string, params: URLSearchParams): NetworkRequest & { selected: string | null } {
  return {
    id,
    depth: oneOf(Number(params.get('depth')), NETWORK_DEPTHS),
    limit: oneOf(Number(params.get('limit')), NETWORK_LIMITS),
    kinds: listParam(params, 'kinds') as EntityKind[] | null,
    types: listParam(params, 'types'),
    expanded: params.getAll('expanded'),
    selected: params.get('selected'),
  };
}

/** A list parameter's values; null (no filter) when it has none. */
function listParam(params: URLSearchParams, name: string): string[] | null {
  const values = params.getAll(name).filter((value) => value !== '');
  return values.length > 0 ? values : null;
}

/** `params` with the list `name` set to `values` (absent for none). */
export function withList(params: URLSearchParams, name: string, values: readonly string[] | null): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(name);
  for (const value of values ?? []) next.append(name, value);
  return next;
}

/** `params` with `name` set to `value` (removed when null). */
export function withValue(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(name);
  else next.set(name, value);
  return next;
}
