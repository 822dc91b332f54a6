import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/projectRoot';

const EXAMPLES = join(PROJECT_ROOT, 'web', 'graphiql', 'examples');
const files = readdirSync(EXAMPLES).filter((file) => file.endsWith('.graphql')).sort();
const examples = files.map((file) => readFileSync(join(EXAMPLES, file), 'utf8'));

/** The README's ```graphql blocks, without the indentation of the list item they stand in. */
function readmeQueries(): string[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^( *)```graphql\n([\s\S]*?)^ *```/gm)].map(([, indent, body]) =>
    body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n'),
  );
}

test('GraphiQL examples: the README shows exactly the example tabs of web/graphiql/examples, in order', () => {
  expect(files.length).toBeGreaterThan(0);
  expect(readmeQueries()).toEqual(examples);
});

test('GraphiQL examples: each is one named query, valid against the schema', () => {
  const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));
  for (const [index, example] of examples.entries()) {
    const document = parse(example);
    expect({ file: files[index], errors: validate(schema, document).map((error) => error.message) }).toEqual({ file: files[index], errors: [] });
    expect(document.definitions).toEqual([expect.objectContaining({ kind: 'OperationDefinition', operation: 'query', name: expect.anything() })]);
  }
});
