import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip, Gzip } from 'node:zlib';
import { Database } from '../database/database';
import { DUMP_FORMAT, DUMP_VERSION, DumpHeader, DumpTrailer } from './dumpFormat';
import { GraphRead, readGraph } from './readGraph';

/** A dump file being written: gzip'd JSON Lines, with back-pressure. */
class DumpFile {
  private readonly gzip: Gzip = createGzip();
  private readonly written: Promise<void>;

  constructor(readonly path: string) {
    this.written = pipeline(this.gzip, createWriteStream(path));
    this.written.catch(() => undefined);
  }

  async write(record: object): Promise<void> {
    if (!this.gzip.write(`${JSON.stringify(record)}\n`)) await Promise.race([once(this.gzip, 'drain'), this.written]);
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.written;
  }

  async discard(): Promise<void> {
    this.gzip.destroy();
    await this.written.catch(() => undefined);
    await rm(this.path, { force: true });
  }
}

export interface DumpWritten extends GraphRead {
  header: DumpHeader;
}

/**
 * Writes a complete dump of the graph (see dumpFormat.ts) to `path`: every node and relationship with all its
 * properties, read as one consistent picture (readGraph). It is written to `path.partial` first and renamed at the
 * end, so `path` is either the whole dump or untouched.
 */
export async function writeDump(db: Database, path: string): Promise<DumpWritten> {
  const server = await db.serverInfo();
  const partial = `${path}.partial`;
  let file: DumpFile | undefined;
  let header: DumpHeader | undefined;
  try {
    const read = await readGraph(db, {
      async begin(totals) {
        await file?.discard();
        file = new DumpFile(partial);
        header = {
          record: 'header',
          format: DUMP_FORMAT,
          version: DUMP_VERSION,
          createdAt: new Date().toISOString(),
          neo4jVersion: server.version,
          neo4jEdition: server.edition,
          counts: totals,
        };
        await file.write(header);
      },
      node: (node) => file!.write(node),
      relationship: (relationship) => file!.write(relationship),
      discard: () => file?.discard(),
    });
    const trailer: DumpTrailer = { record: 'trailer', counts: read.counts, checksum: read.checksum };
    await file!.write(trailer);
    await file!.close();
    await rename(partial, path);
    return { ...read, header: header! };
  } catch (error) {
    await file?.discard();
    throw error;
  }
}
