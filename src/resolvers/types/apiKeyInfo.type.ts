import { Field, ID, ObjectType } from 'type-graphql';
import type { Role } from '../../access/role';
import { RoleEnum } from './role.type';

/** What every answer about a key shows. */
// An ObjectType only so that type-graphql gives its fields to the classes extending it; no field returns it, so it is not in the schema.
@ObjectType()
abstract class ApiKeyFields {
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
}

@ObjectType({ description: 'A stored API key as an admin sees it: never its secret, hash or salt.' })
export class ApiKeyInfo extends ApiKeyFields {
  @Field(() => String, { nullable: true, description: 'When the key was revoked (ISO 8601); null while it works.' })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the admin key that revoked it, or "command line".' })
  revokedBy!: string | null;
}

@ObjectType({ description: 'A key just created: the whole key is shown this once, only its salted hash is stored.' })
export class CreatedApiKey extends ApiKeyFields {
  @Field({ description: 'The whole key, to send as "Authorization: Bearer <key>". It will not be shown again.' })
  key!: string;
}
