import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { buildSchema } from 'graphql';
// The API's schema with every description, read at build time: the docs pane and completion work without
// introspection, which is off in production.
import schemaSource from '../../schema/schema.graphql?raw';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const schema = buildSchema(schemaSource);

// The README's example queries, one tab each, in file-name order (the README shows the same text: a test checks).
const examples = import.meta.glob<string>('./examples/*.graphql', { query: '?raw', import: 'default', eager: true });
const defaultTabs = Object.keys(examples)
  .sort()
  .map((file) => ({ query: examples[file] }));

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={defaultTabs} defaultEditorToolsVisibility={false}>
      <GraphiQL.Logo>
        <a href="/">SCN Graph</a> GraphiQL
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
