import type { EntityKind } from '../generated/graphql';
import type { NetworkRequest } from './loadNetwork';

/** The depths the network view offers (the API allows up to 3; past 2 the drawing stops being readable). */
export const NETWORK_DEPTHS = [1, 2] as const;

/**
 * The network view's state from its URL, `/graph/:id?depth=2&kinds=City&kinds=Country&types=HELD_IN&expanded=…&selected=…`:
 * lists are repeated parameters; no `kinds` (or `types`) means every kind (type), an empty `kinds=` none.
 */
export function readNetworkParams(id: string, params: URLSearchParams): NetworkRequest & { selected: string | null } {
  const depth = Number(params.get('depth'));
  return {
    id,
    depth: (NETWORK_DEPTHS as readonly number[]).includes(depth) ? depth : NETWORK_DEPTHS[0],
    kinds: listParam(params, 'kinds') as EntityKind[] | null,
    types: listParam(params, 'types'),
    expanded: params.getAll('expanded'),
    selected: params.get('selected'),
  };
}

/** A list parameter: null when absent (no filter), else its non-empty values (`kinds=` alone: an empty list). */
function listParam(params: URLSearchParams, name: string): string[] | null {
  return params.has(name) ? params.getAll(name).filter((value) => value !== '') : null;
}

/** `params` with the list `name` set to `values`: absent for null, `name=` alone for an empty list. */
export function withList(params: URLSearchParams, name: string, values: readonly string[] | null): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(name);
  if (values !== null && values.length === 0) next.append(name, '');
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
