import type { RequestHandler } from 'express';
import { runWithBookmarks } from '../database/requestBookmarks';
import { errorBody } from './errorBody';
import { HEADER } from './httpHeaders';

/** One bookmark as Neo4j writes them (`FB:` and base64 today); anything else cannot come from a Neo4j-Bookmark response. */
const BOOKMARK = /^[A-Za-z0-9+/=:_-]{1,1000}$/;
/** Bookmarks one request may send: a client only ever needs the last one it received (one per cluster database). */
const MAX_BOOKMARKS = 16;

/**
 * Reads the request's Neo4j-Bookmark header (comma-separated, or repeated) and runs the rest of the request with
 * those bookmarks (src/database/requestBookmarks.ts): every Neo4j session it opens waits until those writes are
 * visible on the server that answers. A malformed header is a 400 naming it, before any database work.
 */
export function bookmarkHeader(): RequestHandler {
  return (req, res, next) => {
    const raw = req.headers[HEADER.bookmark.toLowerCase()];
    const text = (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).trim();
    const bookmarks = text === '' ? [] : text.split(',').map((b) => b.trim());
    if (bookmarks.length > MAX_BOOKMARKS || bookmarks.some((b) => !BOOKMARK.test(b))) {
      res
        .status(400)
        .json(errorBody(`The ${HEADER.bookmark} header must hold at most ${MAX_BOOKMARKS} comma-separated bookmarks, each as a ${HEADER.bookmark} response header gave it.`, 'BAD_USER_INPUT', { argument: HEADER.bookmark }));
      return;
    }
    runWithBookmarks(bookmarks, next);
  };
}
