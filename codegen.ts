import type { CodegenConfig } from '@graphql-codegen/cli';
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';
import { fieldDescriptions } from './scripts/fieldDescriptions';

/**
 * TypeScript types for every GraphQL operation the project's clients send, generated from the schema file
 * (schema/schema.graphql) as typed document nodes: `npm run codegen`. A test fails when they are stale.
 * - src/client/: the typed client for dashboards (src/client/operations/*.graphql).
 * - web/src/: the explorer's own operations (web/src/operations/*.graphql), and the schema's descriptions of what
 *   they ask for (web/src/generated/descriptions.ts), to label and explain what the explorer shows.
 */
const preset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { ID: 'string', JSONObject: 'Record<string, unknown>' } },
};

/** Plugins of this project (scripts/), by the name `plugins` gives them. */
const LOCAL_PLUGINS: Record<string, CodegenPlugin> = { 'field-descriptions': fieldDescriptions };

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/client/generated/': { ...preset, documents: ['src/client/operations/*.graphql'] },
    'web/src/generated/': { ...preset, documents: ['web/src/operations/*.graphql'] },
    'web/src/generated/descriptions.ts': { documents: ['web/src/operations/*.graphql'], plugins: ['field-descriptions'] },
  },
  hooks: {},
  // The project's own plugins by name; any other name is a package.
  pluginLoader: (name: string) => LOCAL_PLUGINS[name.replace(/^@graphql-codegen\//, '')] ?? import(name),
};

export default config;
