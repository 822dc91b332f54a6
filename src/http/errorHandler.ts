import type { ErrorRequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { errorBody } from './errorBody';

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
}

/** What the client is told for each body-parser failure (its own messages quote the body or a stack). */
const BODY_ERRORS: Record<string, (error: HttpError) => { status: number; code: string; message: string }> = {
  'entity.parse.failed': () => ({ status: 400, code: 'BAD_REQUEST', message: 'The request body is not a JSON object.' }),
  'entity.too.large': (e) => ({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${Math.round((e.limit ?? 0) / 1024)} kB.` }),
  'charset.unsupported': () => ({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported charset: send the body as UTF-8.' }),
  'encoding.unsupported': () => ({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Content-Encoding: use identity, gzip, deflate or br.' }),
  'request.aborted': () => ({ status: 400, code: 'BAD_REQUEST', message: 'The request body ended early.' }),
};

/**
 * Final error handler: every error a route or middleware throws is answered as JSON. Client errors
 * (body-parser's, or any error carrying a 4xx status) keep their status, and so do the database's (a GraphQLError
 * with its HTTP status: DATABASE_UNAVAILABLE 503 while an API key is checked); anything else is a 500 with a
 * generic message, details only in the log. Never HTML, never a stack.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    // Part of the response is out: Express's own handler closes the connection, which tells the client.
    next(error);
    return;
  }
  const e = (error ?? {}) as HttpError;
  const known = e.type ? BODY_ERRORS[e.type]?.(e) : undefined;
  if (known) {
    res.status(known.status).json(errorBody(known.message, known.code));
    return;
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    res.status(e.status).json(errorBody('The request could not be read.', 'BAD_REQUEST'));
    return;
  }
  req.log?.error({ err: error }, 'request failed');
  // A database failure before GraphQL ran (checking an API key while Neo4j is down): its own 503/504 and code.
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined) : undefined;
  if (error instanceof GraphQLError && http?.status) {
    res.status(http.status).json(errorBody(error.message, String(error.extensions.code)));
    return;
  }
  res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
};
