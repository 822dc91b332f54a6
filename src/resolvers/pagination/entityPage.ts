import type { GraphQLResolveInfo } from 'graphql';
import { Context } from '../../loaders/context';
import { EntityRecord } from '../../loaders/entityRecord';
import { parsePartialDate } from '../../model/partialDate';
import { badInput } from '../../errors/badInput';
import { compiledCount, compiledPage } from '../../compiler/compiledPage';
import { EntitySelection } from '../../compiler/listFilter';
import { decodeCursor, encodeCursor } from './cursor';
import { EntityOrder, OrderDirection, OrderField } from './entityOrder.input';

export type { EntitySelection, LinkFilter } from '../../compiler/listFilter';

export interface EntityPage {
  edges: { cursor: string; node: EntityRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A getter: the count query runs only when a client asks for totalCount. */
  readonly totalCount: Promise<number>;
}

/** A partial ISO date argument, or BAD_USER_INPUT naming it. */
export function checkPartialDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!parsePartialDate(value)) throw badInput(argument, 'must be a partial ISO date: "YYYY", "YYYY-MM" or "YYYY-MM-DD".');
  return value;
}

/**
 * One page of a list query, Relay style, with keyset pagination on (sort key, id). With `info` the page's
 * whole selection is compiled into the page statement (src/compiler), so nested relationship fields need no
 * further round trip; without it, relationship fields load through the DataLoaders.
 */
export async function entityPage(
  ctx: Context,
  selection: EntitySelection,
  page: { first: number; after?: string | null; orderBy?: EntityOrder | null },
  defaultOrder: OrderField = OrderField.NAME,
  info?: GraphQLResolveInfo,
): Promise<EntityPage> {
  const checked = { ...selection, from: checkPartialDate('from', selection.from), to: checkPartialDate('to', selection.to) };
  const order = { field: page.orderBy?.field ?? defaultOrder, direction: page.orderBy?.direction ?? OrderDirection.ASC };
  const after = page.after ? decodeCursor(page.after, order) : null;
  const rows = page.first === 0 ? [] : await compiledPage(ctx, checked, { order, after, limit: page.first + 1 }, ctx.compile === false ? undefined : info);
  const edges = rows.slice(0, page.first).map(({ node, sortKey }) => ({ cursor: encodeCursor(order, String(sortKey), node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return compiledCount(ctx, checked);
    },
  };
}
