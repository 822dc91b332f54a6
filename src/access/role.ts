/**
 * Roles of API keys, weakest first: each role may do everything the roles before it may.
 * - reader: every query (needed for reads when anonymous reads are switched off);
 * - editor: also entities, relationships, evidence, imports and reverts;
 * - admin: also API keys and the history of everyone's changes.
 */
export const ROLES = ['reader', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a key with role `has` may do what needs role `needs`. */
export function roleAllows(has: Role, needs: Role): boolean {
  return ROLES.indexOf(has) >= ROLES.indexOf(needs);
}
