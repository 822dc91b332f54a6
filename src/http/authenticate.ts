import type { Request } from 'express';
import { Database } from '../database/database';
import { verifyApiKey } from '../access/apiKeys';
import { Viewer } from '../access/viewer';
import { unauthenticated } from '../errors/accessErrors';

/**
 * Who a request comes from: null without an Authorization header (anonymous); the key's viewer for
 * "Authorization: Bearer <key>"; UNAUTHENTICATED (401) for any other header or a key that is unknown or revoked,
 * so a mistyped key is told, never quietly read as anonymous.
 */
export async function authenticate(db: Database, req: Request): Promise<Viewer | null> {
  const header = req.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  const viewer = await verifyApiKey(db, match[1]);
  if (!viewer) throw unauthenticated('The API key is not valid: it is unknown, mistyped or revoked.');
  return viewer;
}
