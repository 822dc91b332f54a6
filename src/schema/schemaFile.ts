import { join } from 'node:path';

/** The committed SDL of the API. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema', 'schema.graphql');
