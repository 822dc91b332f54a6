import { createHash } from 'node:crypto';
import { Database, Transaction } from '../database/database';
import { canonicalJson } from './canonicalJson';

/** How long the answer of a write made with an Idempotency-Key is kept: a retry within it gets that answer back. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** One write's claim: the API key that made it, the client's Idempotency-Key, and the mutation field (response key). */
export interface IdempotencyClaim {
  apiKeyId: string;
  key: string;
  path: string;
}

/** A stored answer of one mutation field. */
export interface StoredAnswer {
  path: string;
  requestHash: string;
  /** The field's answer as JSON text. */
  response: string;
}

const expiredBefore = (now: number) => new Date(now - IDEMPOTENCY_TTL_MS).toISOString();

/** What makes two requests "the same": the query text, the variables and the operation name. */
export function requestHash(request: { query?: string; variables?: Record<string, unknown>; operationName?: string | null }): string {
  return createHash('sha256')
    .update(canonicalJson({ query: request.query ?? null, variables: request.variables ?? {}, operationName: request.operationName ?? null }))
    .digest('base64url');
}

/**
 * The answers stored for this API key and Idempotency-Key, not expired. Read in a write transaction, so on a
 * cluster from the leader, which has every committed claim (and this request's bookmark then covers them).
 */
export async function storedAnswers(db: Database, apiKeyId: string, key: string, now = Date.now()): Promise<StoredAnswer[]> {
  const rows = await db.readLatest('idempotent-requests', { apiKeyId, key, expiredBefore: expiredBefore(now) });
  return rows.map((row) => ({ path: String(row.path), requestHash: String(row.requestHash), response: String(row.response) }));
}

/** Raised when another transaction committed the same claim first (the unique constraint refused this one). */
export class ClaimTaken extends Error {
  constructor(readonly claim: IdempotencyClaim) {
    super(`Idempotency-Key "${claim.key}" was claimed for ${claim.path} by another request`);
  }
}

/** Claims a write in its own transaction (see cypher/idempotent-request-claim.cypher); ClaimTaken when already done. */
export async function claim(tx: Transaction, claim: IdempotencyClaim, hash: string, now = Date.now()): Promise<void> {
  try {
    await tx.run('idempotent-request-claim', { ...claim, requestHash: hash, at: new Date(now).toISOString(), expiredBefore: expiredBefore(now) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new ClaimTaken(claim);
    throw error;
  }
}

/** Stores a claimed write's answer in its transaction. */
export async function storeAnswer(tx: Transaction, claim: IdempotencyClaim, answer: unknown): Promise<void> {
  await tx.run('idempotent-request-answer', { ...claim, response: JSON.stringify(answer ?? null) });
}

/** Removes expired answers, at most `limit` at a time; how many went. */
export async function removeExpiredAnswers(db: Database, now = Date.now(), limit = 10_000): Promise<number> {
  const [row] = await db.write('idempotent-requests-expire', { expiredBefore: expiredBefore(now), limit });
  return Number(row?.removed ?? 0);
}
