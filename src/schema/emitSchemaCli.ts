// npm run emit-schema: writes schema/schema.graphql from the type-graphql classes.
import { writeFileSync } from 'node:fs';
import { printGraphQLSchema } from './buildGraphQLSchema';
import { SCHEMA_FILE } from './schemaFile';

writeFileSync(SCHEMA_FILE, printGraphQLSchema());
console.log(`emit-schema: wrote ${SCHEMA_FILE}`);
