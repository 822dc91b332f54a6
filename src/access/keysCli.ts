// npm run keys -- create --role editor --name NAME | list [--all] | revoke ID: API keys on the configured Neo4j
// (NEO4J_URI; else the running service's embedded Neo4j; else an embedded one started for the command).
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../config/config';
import { connectForTool } from '../database/connectForTool';
import { applySchema } from '../database/applySchema';
import { Database } from '../database/database';
import { apiKeyName, createApiKey, listApiKeys, revokeApiKey } from './apiKeys';
import { ROLES, Role } from './role';

const BY = 'command line';

async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const connection = await connectForTool(loadConfig(), (line) => console.error(line));
  try {
    await applySchema(connection.db);
    await work(connection.db);
  } finally {
    await connection.close();
  }
}

function parseName(value: string): string {
  const parsed = apiKeyName.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0].message);
  return parsed.data;
}

const program = new Command('keys').description('API keys of the SCN Graph service').exitOverride();

program
  .command('create')
  .description('creates a key and prints it once')
  .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
  .requiredOption('--name <name>', 'who or what the key is for (1–100 characters)', parseName)
  .action(async (options: { role: Role; name: string }) =>
    withDatabase(async (db) => {
      const created = await createApiKey(db, { name: options.name, role: options.role, createdBy: BY });
      console.log(`created key ${created.id} "${created.name}" (${created.role}):`);
      console.log(created.key);
      console.log('Keep it now: it will not be shown again (only its salted hash is stored).');
    }),
  );

program
  .command('list')
  .description('lists the keys (never their secrets)')
  .option('--all', 'also revoked keys')
  .action(async (options: { all?: boolean }) =>
    withDatabase(async (db) => {
      for (const key of await listApiKeys(db, options.all === true)) {
        const revoked = key.revokedAt ? `  revoked ${key.revokedAt} by ${key.revokedBy}` : '';
        console.log(`${key.id}  ${key.role.padEnd(6)}  ${key.name}  created ${key.createdAt} by ${key.createdBy}${revoked}`);
      }
    }),
  );

program
  .command('revoke')
  .description('revokes a key by its id')
  .argument('<id>', 'the public id of the key (12 hex digits)')
  .action(async (id: string) =>
    withDatabase(async (db) => {
      const key = await revokeApiKey(db, { id, revokedBy: BY });
      console.log(`revoked key ${key.id} "${key.name}" at ${key.revokedAt}`);
    }),
  );

program.parseAsync(process.argv).catch((error: Error & { code?: string; exitCode?: number }) => {
  if (error.code?.startsWith('commander.')) process.exit(error.exitCode ?? 1);
  console.error(`keys: ${error.message}`);
  process.exit(1);
});
