import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * TypeScript types for every GraphQL operation the project's clients send, generated from the schema file
 * (schema/schema.graphql) as typed document nodes: `npm run codegen`. A test fails when they are stale.
 * - src/client/: the typed client for dashboards (src/client/operations/*.graphql).
 * - web/src/: the explorer's own operations (web/src/operations/*.graphql).
 */
const preset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: { useTypeImports: true, enumsAsTypes: true, strictScalars: true, scalars: { ID: 'string' } },
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/client/generated/': { ...preset, documents: ['src/client/operations/*.graphql'] },
    'web/src/generated/': { ...preset, documents: ['web/src/operations/*.graphql'] },
  },
  hooks: {},
};

export default config;
