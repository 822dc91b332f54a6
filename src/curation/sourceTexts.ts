import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

/** Where source texts are kept when SOURCE_TEXTS_DIR is not set: `../shared/sources` beside the project folder. */
export const DEFAULT_SOURCE_TEXTS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'sources');

/**
 * The texts of the sources held as text, read from `<dir>/<file>` once each and cached (a missing text is
 * remembered as missing). File names come from the graph; only a plain name (no folder part) is read.
 */
export class SourceTexts {
  private readonly cache = new Map<string, Promise<string | null>>();

  constructor(readonly dir: string = DEFAULT_SOURCE_TEXTS_DIR) {}

  /** The text of `file`, or null when this server does not hold it. */
  text(file: string): Promise<string | null> {
    let text = this.cache.get(file);
    if (!text) {
      text = basename(file) === file ? readFile(join(this.dir, file), 'utf8').catch(() => null) : Promise.resolve(null);
      this.cache.set(file, text);
    }
    return text;
  }
}
