import { join } from 'node:path';

/** The folder of seed data files shipped with the project. */
export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');
