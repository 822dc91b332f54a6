import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { applySchema } from '../database/applySchema';
import { cypherFile } from '../database/cypherFile';
import { Database } from '../database/database';
import { decodeProperties, dumpHeader, DumpHeader, dumpRecord, DumpTrailer, DUMP_VERSION, GraphCounts, headerStart } from './dumpFormat';
import { readGraph } from './readGraph';

/** A restore refused or failed, with the reason for the operator; the database is as it was before (empty). */
export class RestoreError extends Error {}

/** Nodes or relationships written in one transaction. */
const BATCH_SIZE = 2_000;

export interface DumpRestored {
  header: DumpHeader;
  counts: GraphCounts;
  checksum: string;
}

/** The longest line read (characters): a file of no lines (another gzip file) is not read whole into memory. */
const MAX_LINE = 64 * 1024 * 1024;

/** Splits a stream of bytes into lines, numbered from 1. */
async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<{ text: string; number: number }> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let number = 0;
  for await (const chunk of chunks) {
    const parts = (rest + decoder.write(chunk)).split('\n');
    rest = parts.pop()!;
    for (const text of parts) yield { text, number: (number += 1) };
    if (rest.length > MAX_LINE) throw new RestoreError(`not an SCN Graph dump, or a damaged one: line ${number + 1} is longer than ${MAX_LINE} characters`);
  }
  rest += decoder.end();
  if (rest) yield { text: rest, number: number + 1 };
}

function parseLine(text: string, number: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RestoreError(number === 1 ? NOT_A_DUMP : `the dump is damaged: line ${number} is not JSON`);
  }
}

const NOT_A_DUMP = `not an SCN Graph dump: its first line is not a header of format "${headerStart.shape.format.value}"`;

/** The header, checked: an SCN Graph dump of a version this code reads. */
function readHeader(text: string | undefined): DumpHeader {
  const parsed = text === undefined ? undefined : parseLine(text, 1);
  const start = headerStart.safeParse(parsed);
  if (!start.success) throw new RestoreError(NOT_A_DUMP);
  if (start.data.version > DUMP_VERSION) {
    throw new RestoreError(`made by a newer SCN Graph: format version ${start.data.version}, this one reads up to ${DUMP_VERSION}`);
  }
  const header = dumpHeader.safeParse(parsed);
  if (!header.success) throw new RestoreError(`the dump is damaged: its header is incomplete (${header.error.issues[0].path.join('.')}: ${header.error.issues[0].message})`);
  return header.data;
}

async function refuseNonEmpty(db: Database): Promise<void> {
  const held = await db.read('restore-contents');
  if (held.length === 0) return;
  const [totals] = await db.read('backup-totals');
  const labels = held.slice(0, 8).map((row) => `${String(row.label)} ${Number(row.nodes)}`);
  if (held.length > labels.length) labels.push(`${held.length - labels.length} more labels`);
  throw new RestoreError(
    `the database is not empty: it holds ${Number(totals.nodes)} nodes (${labels.join(', ')}) and ${Number(totals.relationships)} relationships; ` +
      'a restore loads only into an empty database (a new data directory, or delete everything first)',
  );
}

/**
 * Gunzips the dump at `path` and hands its lines to `consume`, which may stop early; the file's own failures
 * (missing, not gzip, cut short) become RestoreErrors.
 */
async function readLines(path: string, consume: (lines: AsyncGenerator<{ text: string; number: number }>) => Promise<void>): Promise<void> {
  const stop = new AbortController();
  let consuming: Promise<void> | undefined;
  let consumed = false;
  try {
    await pipeline(
      createReadStream(path),
      createGunzip(),
      (chunks: AsyncIterable<Buffer>) =>
        (consuming = consume(lines(chunks)).then(() => {
          consumed = true;
          // What `consume` left unread is not wanted: the pipeline ends without waiting for it.
          stop.abort();
        })),
      { signal: stop.signal },
    );
  } catch (error) {
    // The pipeline fails as soon as the file does, while `consume` may still be writing a batch: it has stopped
    // (its next line fails) before the caller takes anything back.
    const consumeError = await consuming?.then(() => undefined, (reason: unknown) => reason);
    if (consumed) return;
    throw consumeError instanceof RestoreError ? consumeError : fileError(error, path);
  }
}

/** The header of the dump at `path`, checked (see restoreDump), without reading further or touching a database. */
export async function readDumpHeader(path: string): Promise<DumpHeader> {
  let header: DumpHeader | undefined;
  await readLines(path, async (iterator) => {
    const first = await iterator.next();
    header = readHeader(first.done ? undefined : first.value.text);
  });
  return header!;
}

/**
 * Loads a dump written by writeDump into an empty database: checks the header (format, a version this code reads),
 * refuses a database holding anything, applies the schema, creates the nodes and then the relationships in batches
 * of BATCH_SIZE, checks the trailer (present, counts equal to what the dump held) and finally reads the restored
 * graph back and compares its checksum with the trailer's. When anything fails after the first write (a damaged or
 * truncated dump, a checksum that differs, Neo4j failing), everything restored is deleted again, so the database
 * is left empty as it was; the error says why.
 */
export async function restoreDump(db: Database, path: string): Promise<DumpRestored> {
  let header: DumpHeader | undefined;
  let trailer: DumpTrailer | undefined;
  let writing = false;
  /** Element id of each restored node, by its id in the dump. */
  const keys = new Map<number, string>();
  const nodeIds = new Set<number>();
  const held = { nodes: 0, relationships: 0 };
  let nodes: Record<string, unknown>[] = [];
  let relationships: Record<string, unknown>[] = [];

  const flushNodes = async () => {
    if (nodes.length === 0) return;
    const batch = nodes;
    nodes = [];
    const records = await db.writeTransaction((tx) => tx.typed('restore-nodes', { nodes: batch }));
    for (const record of records.records) keys.set(Number(record.get('id')), record.get('key') as string);
  };
  const flushRelationships = async () => {
    if (relationships.length === 0) return;
    const batch = relationships;
    relationships = [];
    const result = await db.writeTransaction((tx) => tx.typed('restore-relationships', { relationships: batch }));
    const created = Number(result.records[0]?.get('created'));
    if (created !== batch.length) throw new Error(`${batch.length - created} relationships of a batch found no end nodes`);
  };

  async function load(iterator: AsyncGenerator<{ text: string; number: number }>): Promise<void> {
    const first = await iterator.next();
    header = readHeader(first.done ? undefined : first.value.text);
    await refuseNonEmpty(db);
    await applySchema(db);
    writing = true;
    for await (const { text, number } of iterator) {
      if (trailer) throw new RestoreError(`the dump is damaged: line ${number} comes after its trailer`);
      const parsed = dumpRecord.safeParse(parseLine(text, number));
      if (!parsed.success) throw new RestoreError(`the dump is damaged: line ${number} is not a node, relationship or trailer record (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})`);
      const record = parsed.data;
      const damaged = (what: string) => new RestoreError(`the dump is damaged: line ${number} ${what}`);
      const properties = () => {
        try {
          return decodeProperties(record.record === 'trailer' ? {} : record.properties);
        } catch (error) {
          throw damaged(`holds ${(error as Error).message}`);
        }
      };
      if (record.record === 'node') {
        if (held.relationships > 0) throw damaged('is a node after the relationships');
        if (nodeIds.has(record.id)) throw damaged(`repeats node id ${record.id}`);
        nodeIds.add(record.id);
        nodes.push({ id: record.id, labels: record.labels, properties: properties() });
        held.nodes += 1;
        if (nodes.length >= BATCH_SIZE) await flushNodes();
      } else if (record.record === 'relationship') {
        await flushNodes();
        const [fromKey, toKey] = [keys.get(record.from), keys.get(record.to)];
        if (fromKey === undefined || toKey === undefined) throw damaged(`is a relationship from or to a node the dump does not hold (${record.from} → ${record.to})`);
        relationships.push({ type: record.type, fromKey, toKey, properties: properties() });
        held.relationships += 1;
        if (relationships.length >= BATCH_SIZE) await flushRelationships();
      } else {
        trailer = record;
      }
    }
    await flushNodes();
    await flushRelationships();
  }

  try {
    await readLines(path, load);
    if (!trailer) throw new RestoreError(`the dump is truncated: it ends without its trailer, after ${held.nodes} nodes and ${held.relationships} relationships`);
    const expected = trailer.counts;
    if (expected.nodes !== held.nodes || expected.relationships !== held.relationships || header!.counts.nodes !== held.nodes || header!.counts.relationships !== held.relationships) {
      throw new RestoreError(`the dump is damaged: its trailer counts ${expected.nodes} nodes and ${expected.relationships} relationships, its header ${header!.counts.nodes} and ${header!.counts.relationships}, and it holds ${held.nodes} and ${held.relationships}`);
    }
    const restored = await readGraph(db);
    if (restored.checksum !== trailer.checksum) {
      throw new RestoreError(`checksum mismatch: the dump's trailer says ${trailer.checksum}, the restored graph gives ${restored.checksum}: the dump was altered or damaged`);
    }
    return { header: header!, counts: restored.counts, checksum: restored.checksum };
  } catch (error) {
    if (writing) await clear(db, error as Error);
    throw error;
  }
}

/** The reason a dump file could not be read, for the operator (the file's own errors; others as they are). */
function fileError(error: unknown, path: string): unknown {
  if (error instanceof RestoreError) return error;
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return new RestoreError(`${path} does not exist`);
  if (code === 'Z_DATA_ERROR') return new RestoreError(`not an SCN Graph dump, or a damaged one: it is not gzip data (${message})`);
  if (code === 'Z_BUF_ERROR') return new RestoreError(`the dump is truncated: its gzip data ends in the middle (${message})`);
  return error;
}

/** Takes back a failed restore: the database was empty before it, so everything in it goes. */
async function clear(db: Database, cause: Error): Promise<void> {
  try {
    await db.autoCommit(cypherFile('restore-clear'));
    cause.message += '; nothing was kept: the database is empty again';
  } catch (error) {
    cause.message += `; what was restored could not be deleted again (${(error as Error).message}): delete everything before restoring again`;
  }
}
