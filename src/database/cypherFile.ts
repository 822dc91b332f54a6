import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder holding every named Cypher statement of the service. */
export const CYPHER_DIR = join(__dirname, '..', '..', 'cypher');

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, read once. */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements separated by `;` at line ends (comments starting `//` are dropped). */
export function cypherStatements(name: string): string[] {
  return cypherFile(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
