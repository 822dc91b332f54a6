import type { EntityKind } from '../generated/graphql';
import type { Model } from '../hooks/useModel';
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
 * lists are repeated parameters; no `kinds` (or `types`) means every kind (type). Values the model does not have
 * are set apart (`unknownKinds`, `unknownTypes`), never sent to the API.
 */
export function readNetworkParams(id: string, params: URLSearchParams, model: Model): NetworkRequest & { selected: string | null; unknownKinds: string[]; unknownTypes: string[] } {
  const kinds = known(listParam(params, 'kinds'), model.allKinds);
  const types = known(listParam(params, 'types'), [...model.meanings.keys()]);
  return {
    id,
    depth: oneOf(Number(params.get('depth')), NETWORK_DEPTHS),
    limit: oneOf(Number(params.get('limit')), NETWORK_LIMITS),
    kinds: kinds.known as EntityKind[] | null,
    types: types.known,
    expanded: params.getAll('expanded'),
    selected: params.get('selected'),
    unknownKinds: kinds.unknown,
    unknownTypes: types.unknown,
  };
}

/** A list filter split into the values the model has (null when none is left: no filter) and those it does not. */
function known(values: string[] | null, model: readonly string[]): { known: string[] | null; unknown: string[] } {
  const kept = (values ?? []).filter((value) => model.includes(value));
  return { known: kept.length > 0 ? kept : null, unknown: (values ?? []).filter((value) => !model.includes(value)) };
}

/** A list parameter's values; null (no filter) when it has none. */
export function listParam(params: URLSearchParams, name: string): string[] | null {
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
