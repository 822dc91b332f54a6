import type { RequestHandler } from 'express';
import cors, { CorsOptions } from 'cors';
import { HEADER } from './httpHeaders';

/**
 * CORS through the `cors` package, closed unless configured: a listed origin (or any, with '*') gets
 * Access-Control-Allow-Origin and, on a preflight, the allowed methods and headers (those the browser asks for,
 * Neo4j-Bookmark and Idempotency-Key among them); its scripts may read the Neo4j-Bookmark and Idempotency-Replayed
 * response headers. Any other origin gets no Access-Control-Allow-* header at all, so the browser refuses.
 * Preflights are answered 204 either way, before Apollo's CSRF check (which still guards simple requests) sees them.
 */
export function corsPolicy(origins: string[] | '*'): RequestHandler {
  const allowed: CorsOptions = { origin: origins === '*' ? '*' : true, methods: ['GET', 'POST'], exposedHeaders: [HEADER.bookmark, HEADER.idempotencyReplayed], maxAge: 600 };
  const refused: CorsOptions = { origin: [], methods: [], allowedHeaders: [] };
  return cors((req, callback) => {
    const origin = req.headers.origin;
    callback(null, origins === '*' || (origin !== undefined && origins.includes(origin)) ? allowed : refused);
  });
}
