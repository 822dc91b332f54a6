/**
 * HTTP headers of reading your own writes and of safe retries, as the server and the typed client (src/client)
 * spell them. No dependencies: the client imports this file.
 */
export const HEADER = {
  /** Request: bookmarks of earlier writes a read must see; response: the bookmark of the request's writes. */
  bookmark: 'Neo4j-Bookmark',
  /** Request: the client's name for one write, so that a retry of it writes nothing (see docs/scaling.md). */
  idempotencyKey: 'Idempotency-Key',
  /** Response: `true` when the answer is the stored one of an earlier request with the same Idempotency-Key. */
  idempotencyReplayed: 'Idempotency-Replayed',
} as const;
