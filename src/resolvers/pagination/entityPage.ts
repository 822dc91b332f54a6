import type { GraphQLResolveInfo } from 'graphql';
import { Context } from '../../loaders/context';
import { LinkHop } from '../../model/modelTypes';
import { EntityRecord, toEntityRecord } from '../../loaders/entityRecord';
import { parsePartialDate } from '../../model/partialDate';
import { badInput } from '../fields/badInput';
import { decodeCursor, encodeCursor } from './cursor';
import { EntityOrder, OrderDirection, OrderField } from './entityOrder.input';

/**
 * A link filter: the entity must reach entity `id` along one of `paths` (the model's directed hops). The
 * generic page statement follows each hop's relationship type in either direction.
 */
export interface LinkFilter {
  id: string;
  paths: readonly (readonly LinkHop[])[];
}

/** What a list query selects, in terms the generic `entities-page.cypher` understands. */
export interface EntitySelection {
  kinds: string[];
  ids?: string[] | null;
  nameContains?: string | null;
  links?: LinkFilter[];
  equals?: Record<string, string | number | null | undefined>;
  from?: string | null;
  to?: string | null;
}

export interface EntityPage {
  edges: { cursor: string; node: EntityRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A getter: the count query runs only when a client asks for totalCount. */
  readonly totalCount: Promise<number>;
}

function checkDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!parsePartialDate(value)) throw badInput(argument, 'must be a partial ISO date: "YYYY", "YYYY-MM" or "YYYY-MM-DD".');
  return value;
}

/** Turns a selection into Cypher parameters shared by the page and count statements. */
export function selectionParams(selection: EntitySelection): Record<string, unknown> {
  const equals = Object.entries(selection.equals ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ({ key, value }));
  const params = {
    kinds: selection.kinds,
    ids: selection.ids ?? null,
    nameContains: selection.nameContains?.trim() ? selection.nameContains.trim().toLocaleLowerCase('en') : null,
    links: (selection.links ?? []).filter((l) => l.id).map((l) => ({ id: l.id, paths: l.paths.map((path) => path.map((hop) => hop.type)) })),
    equals,
    from: checkDate('from', selection.from),
    to: checkDate('to', selection.to),
  };
  const unfiltered = params.ids === null && params.nameContains === null && params.links.length === 0 && equals.length === 0 && params.from === null && params.to === null;
  return { ...params, unfiltered };
}

/**
 * One page of a list query, Relay style, with keyset pagination on (sort key, id). `info` (the list field's
 * selection) is for a caller that fetches the selection with the page; unused here.
 */
export async function entityPage(
  ctx: Context,
  selection: EntitySelection,
  page: { first: number; after?: string | null; orderBy?: EntityOrder | null },
  defaultOrder: OrderField = OrderField.NAME,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  info?: GraphQLResolveInfo,
): Promise<EntityPage> {
  const params = selectionParams(selection);
  const order = { field: page.orderBy?.field ?? defaultOrder, direction: page.orderBy?.direction ?? OrderDirection.ASC };
  const after = page.after ? decodeCursor(page.after, order) : null;
  const rows =
    page.first === 0
      ? []
      : await ctx.db.read(order.direction === OrderDirection.DESC ? 'entities-page-descending' : 'entities-page', {
          ...params,
          orderField: order.field,
          afterKey: after?.sortKey ?? null,
          afterId: after?.id ?? null,
          limit: page.first + 1,
        });
  ctx.budget.spend(rows.length);
  const edges = rows.slice(0, page.first).map((row) => {
    const node = toEntityRecord(row.node as Record<string, unknown>);
    return { cursor: encodeCursor(order, String(row.sortKey), node.id), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return ctx.db.read('entities-count', params).then((rows) => Number(rows[0]?.total ?? 0));
    },
  };
}
