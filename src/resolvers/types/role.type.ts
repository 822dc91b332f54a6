import { Role } from '../../access/role';
import { describedEnum } from './describedEnum';

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  reader: 'Every query (needed for reads when anonymous reads are switched off).',
  editor: 'Also writes: entities, relationships, evidence, imports and reverts.',
  admin: "Also API keys and the history of everyone's changes.",
};

/** The GraphQL enum ApiKeyRole, weakest first (derived from ROLES through ROLE_DESCRIPTIONS' keys). */
export const RoleEnum = describedEnum('ApiKeyRole', "The role of an API key (not Role, a person's role in something); each role may do everything the roles before it may.", ROLE_DESCRIPTIONS);
