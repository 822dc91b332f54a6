import type { AuthChecker } from 'type-graphql';
import { Context } from '../loaders/context';
import { Role, roleAllows } from '../access/role';
import { forbidden, unauthenticated } from '../errors/accessErrors';

/**
 * type-graphql's check of `@Authorized(role)` fields (declared through RoleMutation/RoleQuery), run before the
 * resolver and so before any database work of the field: no key is UNAUTHENTICATED, a key without the role FORBIDDEN.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const needed = roles[0] ?? 'reader';
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (!context.viewer) throw unauthenticated(`${field} needs an API key with the ${needed} role: send it as "Authorization: Bearer <key>".`);
  if (!roles.every((role) => roleAllows(context.viewer!.role, role))) {
    throw forbidden(`${field} needs the ${needed} role; the key "${context.viewer.name}" has the ${context.viewer.role} role.`);
  }
  return true;
};
