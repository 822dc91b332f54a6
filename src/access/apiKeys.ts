import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { Database } from '../database/database';
import { Role, isRole } from './role';
import { Viewer } from './viewer';

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, length: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

/** scrypt's cost: about 15 ms per verification here; the secret is 256 random bits, so this guards a leaked store, not weak secrets. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;
const HASH_BYTES = 32;

/** A key as presented: `scn_<id>_<secret>`; the id (12 hex digits) finds the stored hash, the secret is checked against it. */
const KEY_FORMAT = /^scn_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** A key's name: 1–100 characters once trimmed, no control characters. The one place names are checked (API and CLI). */
export const apiKeyName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((name) => !/\p{Cc}/u.test(name), 'must not contain control characters');

/** A stored key as listed: never its hash or salt. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

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
export async function createApiKey(db: Database, input: { name: string; role: Role; createdBy: string }): Promise<CreatedApiKey & { createdBy: string }> {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const hash = await hashSecret(secret, salt);
  const [row] = await db.write('api-key-create', {
    id,
    name: apiKeyName.parse(input.name),
    role: input.role,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
    createdAt: new Date().toISOString(),
    createdBy: input.createdBy,
  });
  return { id: String(row.id), name: String(row.name), role: input.role, createdAt: String(row.createdAt), createdBy: input.createdBy, key: `scn_${id}_${secret}` };
}

/**
 * The viewer a presented key stands for, or null when the key is malformed, unknown or revoked (the caller answers
 * UNAUTHENTICATED). A database failure is thrown, never taken for a bad key.
 */
export async function verifyApiKey(db: Database, presented: string): Promise<Viewer | null> {
  const digest = createHash('sha256').update(presented).digest('base64');
  const cached = verified.get(digest);
  if (cached && cached.until > Date.now()) return cached.viewer;
  const viewer = await verifyUncached(db, presented);
  if (viewer) verified.set(digest, { viewer, until: Date.now() + VERIFIED_TTL_MS });
  else verified.delete(digest);
  return viewer;
}

/**
 * How long a verified key is trusted without scrypt again: revoking clears this process's cache at once; another
 * replica keeps accepting a revoked key for at most this long.
 */
export const VERIFIED_TTL_MS = 5_000;

/** Presented key's SHA-256 → its viewer, until a time; only keys that verified are kept, so it grows with real keys only. */
const verified = new Map<string, { viewer: Viewer; until: number }>();

async function verifyUncached(db: Database, presented: string): Promise<Viewer | null> {
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

function keyInfo(row: Record<string, unknown>): ApiKeyInfo {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    id: String(row.id),
    name: String(row.name),
    role: isRole(row.role) ? row.role : 'reader',
    createdAt: String(row.createdAt),
    createdBy: String(row.createdBy),
    revokedAt: text(row.revokedAt),
    revokedBy: text(row.revokedBy),
  };
}

/** The stored keys, oldest first (revoked ones too when asked); never a hash or salt. */
export async function listApiKeys(db: Database, includeRevoked = false): Promise<ApiKeyInfo[]> {
  return (await db.read('api-key-list', { includeRevoked })).map(keyInfo);
}

/**
 * Revokes a key (it stops working at once in this process, within VERIFIED_TTL_MS elsewhere). An unknown id is
 * NOT_FOUND, a key already revoked is CONFLICT; `argument` names the argument in those errors.
 */
export async function revokeApiKey(db: Database, input: { id: string; revokedBy: string; argument?: string }): Promise<ApiKeyInfo> {
  const argument = input.argument ?? 'id';
  const [row] = await db.write('api-key-revoke', { id: input.id, revokedAt: new Date().toISOString(), revokedBy: input.revokedBy });
  if (!row) throw new GraphQLError(`Argument "${argument}" names no API key: "${input.id}".`, { extensions: { code: 'NOT_FOUND', argument } });
  for (const [digest, entry] of verified) if (entry.viewer.keyId === input.id) verified.delete(digest);
  if (row.alreadyRevoked === true) {
    throw new GraphQLError(`The API key "${input.id}" was already revoked at ${String(row.revokedAt)}.`, { extensions: { code: 'CONFLICT', argument } });
  }
  return keyInfo(row);
}
