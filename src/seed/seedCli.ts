// npm run seed: validates seeds/ and imports it into the configured Neo4j (embedded when NEO4J_URI is unset).
import { loadConfig } from '../config/config';
import { connectDatabase } from '../database/connectDatabase';
import { applySchema } from '../database/applySchema';
import { readSeeds } from './readSeeds';
import { importSeeds } from './importSeeds';
import { SEEDS_DIR } from './seedsDir';

async function main(): Promise<void> {
  const files = readSeeds(SEEDS_DIR);
  const connection = await connectDatabase(loadConfig(), (line) => console.log(line));
  try {
    await applySchema(connection.db);
    const summary = await importSeeds(connection.db, files);
    console.log(`seed: imported ${summary.files} files, ${summary.entities} entities, ${summary.relationships} relationships; removed ${summary.pruned} no longer stated`);
  } finally {
    await connection.close();
  }
}

main().catch((error: Error) => {
  console.error(`seed: ${error.message}`);
  process.exit(1);
});
