import { Authorized, Mutation, Query } from 'type-graphql';
import { Role } from '../../access/role';

type ReturnTypeFunc = Parameters<typeof Mutation>[0] & ((returns?: void) => unknown);
type Options = NonNullable<Parameters<typeof Query>[1]> & { description: string };

/** The sentence every restricted field's description ends with: tests and clients read the role from it. */
export function roleSentence(role: Role): string {
  return `Needs an API key with the ${role} role.`;
}

/** Declares once which role a field needs: `@Authorized(role)` plus the role in its description. */
function restricted(kind: typeof Mutation | typeof Query, role: Role, returnType: ReturnTypeFunc, options: Options): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized<Role>(role)(target, key, descriptor);
    kind(returnType, { ...options, description: `${options.description} ${roleSentence(role)}` })(target, key, descriptor);
  };
}

/** A mutation that needs a key with `role` (editor or admin). */
export function RoleMutation(role: Role, returnType: ReturnTypeFunc, options: Options): MethodDecorator {
  return restricted(Mutation, role, returnType, options);
}

/** A query that needs a key with `role` beyond what reading the graph needs (e.g. admin's list of keys). */
export function RoleQuery(role: Role, returnType: ReturnTypeFunc, options: Options): MethodDecorator {
  return restricted(Query, role, returnType, options);
}
