import { join } from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';

/** The folder of seed data files shipped with the project. */
export const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
