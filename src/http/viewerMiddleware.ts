import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Database } from '../database/database';
import { Viewer } from '../access/viewer';
import { unauthenticated } from '../errors/accessErrors';
import { authenticate } from './authenticate';
import { RateLimiters, rateLimited } from './rateLimits';

/** The viewer the request was authenticated as (set by viewerMiddleware; null: anonymous). */
export function viewerOf(res: Response): Viewer | null {
  return (res.locals.viewer as Viewer | null | undefined) ?? null;
}

function answer(res: Response, error: GraphQLError): void {
  const http = error.extensions.http as { status: number; headers?: Map<string, string> };
  for (const [name, value] of http.headers ?? []) res.setHeader(name, value);
  res.status(http.status).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code, ...(error.extensions.limit ? { limit: error.extensions.limit } : {}) } }] });
}

/**
 * Authenticates a request once, before any database work of its own, and keeps the viewer in res.locals (read by the
 * GraphQL context and /export): anonymous without an Authorization header, 401 for a bad one. Without a key and with
 * anonymous reads off: 401. Counts the request against its key's or address's limit (429 with Retry-After over it),
 * and rejected keys against the address's brute-force guard.
 */
export function viewerMiddleware(db: Database, options: { anonymousReads: boolean; limiters: RateLimiters }): RequestHandler {
  const { limiters } = options;
  return async (req, res, next) => {
    try {
      const address = req.ip ?? 'unknown';
      if (req.headers.authorization !== undefined) {
        const blocked = await limiters.over('badKeysPerMinute', address);
        if (blocked) return answer(res, rateLimited(blocked));
      }
      let viewer: Viewer | null;
      try {
        viewer = await authenticate(db, req);
      } catch (error) {
        if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') throw error;
        const guard = await limiters.consume('badKeysPerMinute', address);
        return guard ? answer(res, rateLimited(guard)) : answer(res, error);
      }
      if (!viewer && !options.anonymousReads) {
        return answer(res, unauthenticated('This service needs an API key for every request: send it as "Authorization: Bearer <key>".'));
      }
      const refusal = await limiters.consume(viewer ? 'keyRequestsPerMinute' : 'anonymousRequestsPerMinute', viewer ? `key:${viewer.keyId}` : `address:${address}`);
      if (refusal) return answer(res, rateLimited(refusal));
      res.locals.viewer = viewer;
      next();
    } catch (error) {
      next(error);
    }
  };
}
