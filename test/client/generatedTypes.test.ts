import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import config from '../../codegen';
import { PROJECT_ROOT } from '../../src/projectRoot';

/**
 * What `npm run codegen` would write, computed in memory (generate(config, false) writes nothing). It runs in a
 * node child process: @graphql-codegen/cli requires yargs, an ES module, which plain Node loads with require() but
 * jest's module system does not.
 */
function generatedOutputs(): { filename: string; content: string }[] {
  const script = `
    const { generate } = require('@graphql-codegen/cli');
    const config = require('./codegen.ts').default;
    generate({ ...config, cwd: process.cwd(), silent: true }, false)
      .then((outputs) => process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content })))))
      .catch((error) => { console.error(error); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as { filename: string; content: string }[];
}

test('Typed operations: the committed generated files are what `npm run codegen` makes from the schema and the operations', () => {
  const outputs = generatedOutputs();
  const stale: string[] = [];
  for (const { filename, content } of outputs) {
    const path = join(PROJECT_ROOT, filename);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(relative(PROJECT_ROOT, path));
  }
  // A committed file codegen no longer makes (an output dropped) is stale too.
  const made = new Set(outputs.map(({ filename }) => relative(PROJECT_ROOT, join(PROJECT_ROOT, filename))));
  // Outputs ending in / are folders (a preset's files); the others are single files, checked above.
  for (const folder of Object.keys(config.generates).filter((output) => output.endsWith('/'))) {
    for (const file of readdirSync(join(PROJECT_ROOT, folder))) {
      const path = join(folder, file);
      if (!made.has(path)) stale.push(path);
    }
  }
  expect(outputs.map(({ filename }) => filename)).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/client\/generated\//), expect.stringMatching(/^web\/src\/generated\//)]));
  if (stale.length > 0) throw new Error(`Generated types are stale: ${stale.join(', ')}. Run npm run codegen (after npm run emit-schema when the schema changed) and commit the result.`);
});
