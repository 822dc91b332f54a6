// npm run check-evidence -- DIR: verifies every seed excerpt against the source texts in DIR and every citation's source and statement.
import { resolve } from 'node:path';
import { readSeeds } from './readSeeds';
import { checkEvidence } from './checkEvidence';
import { SEEDS_DIR } from './seedsDir';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run check-evidence -- DIR   (DIR holds the source documents named in seeds/)');
  process.exit(2);
}
try {
  const { checked, problems } = checkEvidence(readSeeds(SEEDS_DIR), resolve(dir));
  for (const p of problems) console.error(`${p.seedFile}: ${p.subject}: ${p.problem}: "${p.excerpt}"`);
  console.log(`check-evidence: ${checked} pieces of evidence checked, ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`check-evidence: ${(error as Error).message}`);
  process.exit(1);
}
