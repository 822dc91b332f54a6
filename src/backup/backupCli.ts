// npm run backup -- FILE [--url bolt://…]: writes a complete dump of the graph to FILE (see dumpFormat.ts).
import { access, constants } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeCounts, runDumpCommand } from './runDumpCommand';
import { writeDump } from './writeDump';

runDumpCommand('backup', 'Write a complete, versioned dump of the graph (every node and relationship with all properties)', async (db, file) => {
  const dump = await writeDump(db, file);
  const retried = dump.attempts > 1 ? ` (read ${dump.attempts} times: writes came in meanwhile)` : '';
  return `${describeCounts(dump.counts)}; checksum ${dump.checksum}${retried}`;
}, (file) => access(dirname(resolve(file)), constants.W_OK).catch(() => {
  throw new Error(`cannot write there: ${dirname(resolve(file))} is not a folder this process may write to`);
}));
