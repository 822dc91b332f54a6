import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { Database } from '../database/database';
import { Role, isRole } from './role';
import { Viewer } from './viewer';

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, length: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

/** scrypt's cost: about 15 ms per verification here; the secret is 256 random bits, so this guards a leaked store, not weak secrets. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;
const HASH_BYTES = 32;

/** A key as presented: `scn_<id>_<secret>`; the id (12 hex digits) finds the stored hash, the secret is checked against it. */
const KEY_FORMAT = /^scn_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface CreatedApiKey {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  /** The whole key, shown this once: only its salted hash is stored. */
  key: string;
}

async function hashSecret(secret: string, salt: Buffer): Promise<Buffer> {
  return scryptAsync(secret, salt, HASH_BYTES, SCRYPT);
}

/** Creates a random key with this name and role; `createdBy` is the name of the admin key that made it, or "command line". */
export async function createApiKey(db: Database, input: { name: string; role: Role; createdBy: string }): Promise<CreatedApiKey> {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const hash = await hashSecret(secret, salt);
  const [row] = await db.write('api-key-create', {
    id,
    name: input.name,
    role: input.role,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    createdAt: new Date().toISOString(),
    createdBy: input.createdBy,
  });
  return { id: String(row.id), name: String(row.name), role: input.role, createdAt: String(row.createdAt), key: `scn_${id}_${secret}` };
}

/**
 * The viewer a presented key stands for, or null when the key is malformed, unknown or revoked (the caller answers
 * UNAUTHENTICATED). A database failure is thrown, never taken for a bad key.
 */
export async function verifyApiKey(db: Database, presented: string): Promise<Viewer | null> {
  const match = KEY_FORMAT.exec(presented);
  if (!match) return null;
  const [, id, secret] = match;
  const [row] = await db.read('api-key-by-id', { id });
  if (!row || row.revokedAt !== null || !isRole(row.role)) return null;
  const stored = Buffer.from(String(row.hash), 'base64');
  const hash = await hashSecret(secret, Buffer.from(String(row.salt), 'base64'));
  if (stored.length !== hash.length || !timingSafeEqual(stored, hash)) return null;
  return { keyId: id, name: String(row.name), role: row.role };
}
