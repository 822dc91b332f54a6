import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The project folder (the one holding package.json and cypher/): one level above this file when it runs
 * from src/ (ts-node, jest), two when it runs compiled from dist/src/ (`npm run serve`).
 */
function findProjectRoot(): string {
  for (let dir = resolve(__dirname); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
  }
  return resolve(__dirname, '..');
}

export const PROJECT_ROOT: string = findProjectRoot();
