import { Context } from '../../loaders/context';
import { EntityRecord, RelationshipRecord } from '../../loaders/entityRecord';
import { RelatedKey } from '../../loaders/relatedLoader';
import { checkFirst } from '../../errors/checkFirst';
import { listCost } from './fieldCost';
import { RELATED_DEFAULT_FIRST, RELATED_MAX_FIRST } from '../../model/relationshipFields';

/** A relationship field: which relationship type to follow, which way, to which kinds of entity. */
export interface RelationSpec {
  types: string[];
  direction: 'OUT' | 'IN';
  kinds: string[] | null;
}

export const out = (type: string, ...kinds: string[]): RelationSpec => ({ types: [type], direction: 'OUT', kinds: kinds.length ? kinds : null });

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

function key(root: EntityRecord, spec: RelationSpec, first: number): RelatedKey {
  return { id: root.id, types: spec.types, direction: spec.direction, kinds: spec.kinds, first, withRelationships: false };
}

/** The related entities of `root`, batched with every other relationship field at the same depth. */
export async function relatedList(ctx: Context, root: EntityRecord, spec: RelationSpec, first: number): Promise<EntityRecord[]> {
  const items = await ctx.loaders.related.load(key(root, spec, checkFirst(first)));
  return items.map((item) => item.node);
}

/** The one related entity of `root` (the first by name when the data holds several), or null. */
export async function relatedOne(ctx: Context, root: EntityRecord, spec: RelationSpec): Promise<EntityRecord | null> {
  const items = await ctx.loaders.related.load(key(root, spec, 1));
  return items[0]?.node ?? null;
}

/** The relationships of `root` the field follows (edges: both ends, properties, evidence), batched like relatedList. */
export async function relatedEdges(ctx: Context, root: EntityRecord, spec: RelationSpec, first: number): Promise<RelationshipRecord[]> {
  const items = await ctx.loaders.related.load({ ...key(root, spec, checkFirst(first)), withRelationships: true });
  return items.map((item) => item.relationship!);
}
