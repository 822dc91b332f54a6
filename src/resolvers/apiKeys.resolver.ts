import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Resolver } from 'type-graphql';
import { apiKeyName, createApiKey, listApiKeys, revokeApiKey } from '../access/apiKeys';
import type { Role } from '../access/role';
import { Context } from '../loaders/context';
import { AGGREGATE_ROWS, costOf, WRITE_COST, WRITE_ITEM_COST } from './fields/fieldCost';
import { RoleMutation, RoleQuery } from './fields/restricted';
import { ApiKeyInfo, CreatedApiKey } from './types/apiKeyInfo.type';
import { RoleEnum } from './types/role.type';

const KEY_WRITE_COST = costOf({ work: () => WRITE_COST + WRITE_ITEM_COST });

/**
 * API keys, for admins. Key changes are not entities, so they are not in the graph's history (writeChange records
 * entities and relationships); each one is logged instead (operation, key id, role, by).
 */
@Resolver()
export class ApiKeysResolver {
  @RoleMutation('admin', () => CreatedApiKey, { description: 'Creates an API key with this name and role; the whole key is in the answer, once.', complexity: KEY_WRITE_COST })
  async createApiKey(@Arg('name', { description: 'Who or what the key is for: 1–100 characters, no control characters.' }) name: string, @Arg('role', () => RoleEnum, { description: 'What the key may do: reader, editor or admin.' }) role: Role, @Ctx() ctx: Context): Promise<CreatedApiKey> {
    const parsed = apiKeyName.safeParse(name);
    if (!parsed.success) throw new GraphQLError(`Argument "name" ${parsed.error.issues[0].message}.`, { extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
    const created = await createApiKey(ctx.db, { name: parsed.data, role, createdBy: ctx.viewer!.name });
    ctx.log.info({ operation: 'createApiKey', keyId: created.id, role, by: ctx.viewer!.name }, 'API key created');
    return created;
  }

  @RoleMutation('admin', () => ApiKeyInfo, { description: 'Revokes an API key: it stops working at once on this replica, within 5 seconds on others. Revoking twice is CONFLICT, an unknown id NOT_FOUND.', complexity: KEY_WRITE_COST })
  async revokeApiKey(@Arg('id', () => ID, { description: 'The public id of the key.' }) id: string, @Ctx() ctx: Context): Promise<ApiKeyInfo> {
    const revoked = await revokeApiKey(ctx.db, { id, revokedBy: ctx.viewer!.name });
    ctx.log.info({ operation: 'revokeApiKey', keyId: id, by: ctx.viewer!.name }, 'API key revoked');
    return revoked;
  }

  @RoleQuery('admin', () => [ApiKeyInfo], { description: 'The API keys, oldest first, without secrets.', complexity: costOf({ items: () => AGGREGATE_ROWS }) })
  async apiKeys(@Arg('includeRevoked', () => Boolean, { nullable: true, description: 'Also list revoked keys (default false).' }) includeRevoked: boolean | null, @Ctx() ctx: Context): Promise<ApiKeyInfo[]> {
    return listApiKeys(ctx.db, includeRevoked === true);
  }
}
