// npm run restore -- FILE [--url bolt://…]: loads a dump written by `npm run backup` into an empty database.
import { describeCounts, runDumpCommand } from './runDumpCommand';
import { readDumpHeader, restoreDump } from './restoreDump';

runDumpCommand('restore', 'Load a dump written by `npm run backup` into an empty database, and verify its checksum', async (db, file) => {
  const restored = await restoreDump(db, file);
  const { createdAt, neo4jVersion, version } = restored.header;
  return `restored ${describeCounts(restored.counts)} from a dump of ${createdAt} (format version ${version}, Neo4j ${neo4jVersion}); checksum ${restored.checksum} verified`;
}, readDumpHeader);
