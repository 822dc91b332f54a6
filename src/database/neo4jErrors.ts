import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DeadlineExceededError } from './deadline';
import { WriteOutcomeUnknownError } from './writeOnce';

/**
 * What clients see of a database failure: a stable code, a plain sentence and, for the failures worth
 * retrying later, the HTTP status of the response. Neo4j's own code and message never reach a client;
 * they stay on the error (`originalError`) for the server log (see neo4jDetails).
 */
const CLIENT_ERRORS = {
  DATABASE_UNAVAILABLE: { message: 'The graph database is not reachable; try again shortly.', status: 503 },
  DATABASE_TIMEOUT: { message: 'The graph database did not answer in time; try again shortly, or narrow the query down.', status: 504 },
  DATABASE_BUSY: { message: 'The graph database is busy; try again.', status: 503 },
  // The only database error after which a write may be in the graph: every other one means nothing was written.
  WRITE_OUTCOME_UNKNOWN: {
    message: 'The graph database stopped answering while this write was being committed: it may or may not be written. Send it again with the same Idempotency-Key header, or look at history, before writing it anew.',
    status: 503,
  },
  DATABASE_AUTH_FAILED: { message: 'The service could not authenticate to the graph database.', status: undefined },
  CONFLICT: { message: 'The change conflicts with existing data (an id is already taken).', status: undefined },
  DATABASE_ERROR: { message: 'The graph database could not answer this query.', status: undefined },
  // Bookmarks (header Neo4j-Bookmark): one this database cannot read is the client's mistake; one the server that
  // answers has not caught up with in time (a lagging cluster member) is worth retrying.
  BAD_BOOKMARK: { message: 'The Neo4j-Bookmark header holds a bookmark this graph database does not recognise: send back only what a Neo4j-Bookmark response header held.', status: 400 },
  DATABASE_BEHIND: { message: 'The graph database has not caught up with the writes the Neo4j-Bookmark header names; try again shortly.', status: 503 },
} as const;

export type DatabaseErrorCode = keyof typeof CLIENT_ERRORS;

/** The client code of a driver error, by its Neo4j status code (never by its message text). */
function codeOf(error: Neo4jError): DatabaseErrorCode {
  const code = error.code ?? '';
  // ProtocolError: the connection broke while being set up (a Neo4j dying or starting resets it mid-handshake).
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'ProtocolError' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return 'DATABASE_UNAVAILABLE';
  }
  if (code.startsWith('Neo.ClientError.Security.')) return 'DATABASE_AUTH_FAILED';
  if (code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) return 'BAD_BOOKMARK';
  if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') return 'DATABASE_BEHIND';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'CONFLICT';
  // Neo4j stopped the transaction at NEO4J_TX_TIMEOUT_MS: for the client the same as a passed deadline.
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'DATABASE_TIMEOUT';
  if (code.startsWith('Neo.TransientError.')) return 'DATABASE_BUSY';
  return 'DATABASE_ERROR';
}

function clientError(code: DatabaseErrorCode, originalError: Error): GraphQLError {
  const { message, status } = CLIENT_ERRORS[code];
  // A bad bookmark is bad input, named like any other (the header stands for the argument).
  const extensions = code === 'BAD_BOOKMARK' ? { code: 'BAD_USER_INPUT', argument: 'Neo4j-Bookmark' } : { code };
  return new GraphQLError(message, { extensions: { ...extensions, ...(status ? { http: { status } } : {}) }, originalError });
}

/**
 * Turns a driver error (or a passed deadline) into a GraphQL error with a stable code. The original
 * error stays as `originalError`, for the server log only.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof DeadlineExceededError) return clientError('DATABASE_TIMEOUT', error);
  if (error instanceof WriteOutcomeUnknownError) return clientError('WRITE_OUTCOME_UNKNOWN', error);
  if (error instanceof Neo4jError) return clientError(codeOf(error), error);
  return new GraphQLError('Internal server error', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    originalError: error instanceof Error ? error : undefined,
  });
}

/** Whether an error is the database's (Neo4j's, a passed deadline, a write's lost commit) rather than the caller's own. */
export function isDatabaseFailure(error: unknown): boolean {
  return error instanceof Neo4jError || error instanceof DeadlineExceededError || error instanceof WriteOutcomeUnknownError;
}

/** The HTTP status for a response that failed with this error: 503/504 when the database is down or late, else 500. */
export function httpStatusOf(error: GraphQLError): number {
  const http = error.extensions.http as { status?: number } | undefined;
  return http?.status ?? 500;
}

/** Neo4j's code and message behind an error (following originalError and cause), for the server log; null when none. */
export function neo4jDetails(error: unknown): { neo4jCode: string; neo4jMessage: string } | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if (e instanceof Neo4jError) return { neo4jCode: e.code, neo4jMessage: e.message };
    e = (e as { originalError?: unknown }).originalError ?? e.cause;
  }
  return null;
}
