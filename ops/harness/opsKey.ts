import { createApiKey } from '../../src/access/apiKeys';
import { Role } from '../../src/access/role';
import { Database } from '../../src/database/database';
import type { ChildService } from './childService';

/** A checker's own connection to the service's embedded Neo4j (to verify what was written, beside the API). */
export function openServiceDatabase(service: ChildService): Database {
  return new Database({ uri: service.boltUri, user: 'neo4j', password: service.neo4jPassword });
}

/** A new API key with `role` in the service's database, as `npm run keys -- create` makes one. */
export async function createOpsKey(db: Database, role: Role, name: string): Promise<string> {
  return (await createApiKey(db, { name, role, createdBy: 'ops' })).key;
}
