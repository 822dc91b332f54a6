import { GraphQLResolveInfo } from 'graphql';
import { Context } from './context';
import { preloaded } from '../compiler/preloaded';
import { EntityRecord } from '../graph/entityRecord';
import { RelatedKey } from '../loaders/relatedLoader';
import { badInput } from './badInput';
import { listCost } from './queryCost';

/** A relationship field: which relationship type to follow, which way, to which kinds of entity. */
export interface RelationSpec {
  types: string[];
  direction: 'OUT' | 'IN';
  kinds: string[] | null;
}

export const out = (type: string, ...kinds: string[]): RelationSpec => ({ types: [type], direction: 'OUT', kinds: kinds.length ? kinds : null });
export const into = (type: string, ...kinds: string[]): RelationSpec => ({ types: [type], direction: 'IN', kinds: kinds.length ? kinds : null });

/** Default and maximum page sizes of list-valued relationship fields. */
export const RELATED_DEFAULT_FIRST = 50;
export const RELATED_MAX_FIRST = 500;

/**
 * Options of the `first` argument of list-valued relationship fields. Checked in relatedList rather than
 * by class-validator: these fields resolve once per parent row, and per-call validation costs more than the query.
 */
export const RELATED_FIRST = {
  defaultValue: RELATED_DEFAULT_FIRST,
  description: `How many related entities to return (0 to ${RELATED_MAX_FIRST}).`,
};

/** Cost of list-valued relationship fields: their selection once per entity `first` lets through. */
export const RELATED_COST = listCost('first', RELATED_MAX_FIRST);

function checkFirst(first: number): number {
  if (first < 0) throw badInput('first', 'must not be less than 0.');
  if (first > RELATED_MAX_FIRST) throw badInput('first', `must not be greater than ${RELATED_MAX_FIRST}.`);
  return first;
}

function key(root: EntityRecord, spec: RelationSpec, first: number): RelatedKey {
  return { id: root.id, types: spec.types, direction: spec.direction, kinds: spec.kinds, first, withRelationships: false };
}

/**
 * The related entities of `root`: what the compiled statement already fetched for this field (`info`), or
 * else batched with every other relationship field at the same depth.
 */
export async function relatedList(ctx: Context, root: EntityRecord, spec: RelationSpec, first: number, info?: GraphQLResolveInfo): Promise<EntityRecord[]> {
  const fetched = info && preloaded(root, info);
  if (fetched !== undefined) return fetched as EntityRecord[];
  const items = await ctx.loaders.related.load(key(root, spec, checkFirst(first)));
  return items.map((item) => item.node);
}

/** The one related entity of `root` (the first by name when the data holds several), or null. */
export async function relatedOne(ctx: Context, root: EntityRecord, spec: RelationSpec, info?: GraphQLResolveInfo): Promise<EntityRecord | null> {
  const fetched = info && preloaded(root, info);
  if (fetched !== undefined) return fetched as EntityRecord | null;
  const items = await ctx.loaders.related.load(key(root, spec, 1));
  return items[0]?.node ?? null;
}
