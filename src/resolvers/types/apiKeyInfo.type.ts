import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '../../access/role';
import { RoleEnum } from './role.type';

@ObjectType({ description: 'A stored API key as an admin sees it: never its secret, hash or salt.' })
export class ApiKeyInfo {
  @Field(() => ID, { description: 'The public id of the key (the 12 hex digits after "scn_").' })
  id!: string;

  @Field({ description: 'Who or what the key is for.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the key may do.' })
  role!: Role;

  @Field({ description: 'When the key was created (ISO 8601).' })
  createdAt!: string;

  @Field({ description: 'The name of the admin key that created it, or "command line".' })
  createdBy!: string;

  @Field(() => String, { nullable: true, description: 'When the key was revoked (ISO 8601); null while it works.' })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the admin key that revoked it, or "command line".' })
  revokedBy!: string | null;
}

@ObjectType({ description: 'A key just created: the whole key is shown this once, only its salted hash is stored.' })
export class CreatedApiKey {
  @Field(() => ID, { description: 'The public id of the key.' })
  id!: string;

  @Field({ description: 'Who or what the key is for.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the key may do.' })
  role!: Role;

  @Field({ description: 'When the key was created (ISO 8601).' })
  createdAt!: string;

  @Field({ description: 'The name of the admin key that created it.' })
  createdBy!: string;

  @Field({ description: 'The whole key, to send as "Authorization: Bearer <key>". It will not be shown again.' })
  key!: string;
}
