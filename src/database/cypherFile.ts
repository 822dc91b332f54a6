import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

/** Folder holding every named Cypher statement of the service. */
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** A statement name: the name of a file in cypher/ without `.cypher`, so no path can reach outside that folder. */
const STATEMENT_NAME = /^[a-z0-9-]+$/;

/**
 * Whole numbers a statement's text needs where Cypher allows no parameter (the upper bound of a
 * variable-length pattern): `{{name}}` in the file becomes the number. They come from code (bounds
 * declared once), never from a request.
 */
export type StatementBounds = Readonly<Record<string, number>>;

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`, read once, with its `{{bound}}` placeholders filled in from `bounds`.
 * A name that is not a plain file name of cypher/, or a placeholder without a whole number, is an error.
 */
export function cypherFile(name: string, bounds: StatementBounds = {}): string {
  const key = Object.keys(bounds).length === 0 ? name : `${name} ${JSON.stringify(bounds)}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (!STATEMENT_NAME.test(name)) {
      throw new Error(`Cypher statement name ${JSON.stringify(name)} is not the name of a file in cypher/ (lower-case letters, digits and '-')`);
    }
    text = fillBounds(name, readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'), bounds);
    cache.set(key, text);
  }
  return text;
}

function fillBounds(name: string, text: string, bounds: StatementBounds): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, bound: string) => {
    const value = Object.prototype.hasOwnProperty.call(bounds, bound) ? bounds[bound] : undefined;
    if (value === undefined || !Number.isSafeInteger(value) || value < 0) {
      throw new Error(`cypher/${name}.cypher needs the bound {{${bound}}} as a whole number, got ${String(value)}`);
    }
    return String(value);
  });
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
