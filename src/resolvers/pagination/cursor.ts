import { badInput } from '../../errors/badInput';

/** The order a cursor was made for: a cursor is a position in one order and means nothing in another. */
export interface CursorOrder {
  field: string;
  direction: string;
}

/** Cursors are opaque to clients: base64url of the list's order and the sort key and id of the last item seen. */
export function encodeCursor(order: CursorOrder, sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([order.field, order.direction, sortKey, id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by encodeCursor for the same order; anything else is BAD_USER_INPUT naming `argument`. */
export function decodeCursor(cursor: string, order: CursorOrder, argument = 'after'): { sortKey: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: refused below
  }
  if (!Array.isArray(value) || value.length !== 4 || !value.every((v) => typeof v === 'string')) {
    throw badInput(argument, 'is not a cursor returned by this API (use pageInfo.endCursor).');
  }
  const [field, direction, sortKey, id] = value as string[];
  if (field !== order.field || direction !== order.direction) {
    throw badInput(argument, `was made for the order ${field} ${direction}, not ${order.field} ${order.direction}: pass the same orderBy as the request that returned it, or start again without ${argument}.`);
  }
  return { sortKey, id };
}
