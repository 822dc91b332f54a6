import { badInput } from '../graphql/badInput';

/** Cursors are opaque to clients: base64url of the sort key and id of the last item seen. */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): { sortKey: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return { sortKey: value[0], id: value[1] };
  } catch {
    // fall through to the error below
  }
  throw badInput(argument, 'is not a cursor returned by this API (use pageInfo.endCursor).');
}
