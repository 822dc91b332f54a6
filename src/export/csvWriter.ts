import type { ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ChunkedOutput } from './chunkedOutput';
import { csvRow } from './csvRow';
import { ExportFormat, GraphWriter } from './graphWriter';
import { ExportNode, ExportRelationship } from './exportRows';
import { ExportControl } from './runningExports';
import { NODE_COLUMNS, RELATIONSHIP_COLUMNS, nodeFields, relationshipFields } from './flatFields';

/** A zip of nodes.csv and relationships.csv (RFC 4180, UTF-8, header row first). */
export const csvFormat: ExportFormat = {
  contentType: 'application/zip',
  fileName: 'scn-graph-csv.zip',
  open: (res, control) => new CsvZipWriter(res, control),
};

/**
 * The zip is written while the CSV text is produced: each file is a PassThrough that yazl deflates into
 * the response. yazl reads the entries one after the other, and the pipes pass the response's back-pressure
 * back to ChunkedOutput, which waits on the PassThrough.
 */
class CsvZipWriter implements GraphWriter {
  private readonly nodesFile = new PassThrough({ highWaterMark: 64 * 1024 });
  private readonly relationshipsFile = new PassThrough({ highWaterMark: 64 * 1024 });
  private readonly nodes: ChunkedOutput;
  private readonly relationships: ChunkedOutput;
  private finished: Promise<void> | undefined;

  constructor(
    private readonly res: ServerResponse,
    private readonly control: ExportControl,
  ) {
    this.nodes = new ChunkedOutput(this.nodesFile, control);
    this.relationships = new ChunkedOutput(this.relationshipsFile, control);
    control.signal.addEventListener('abort', () => {
      this.nodesFile.destroy();
      this.relationshipsFile.destroy();
    });
  }

  begin(): Promise<void> {
    const zip = new ZipFile();
    zip.on('error', (error: Error) => this.res.destroy(error));
    zip.addReadStreamLazy('nodes.csv', (cb) => cb(null, this.nodesFile));
    zip.addReadStreamLazy('relationships.csv', (cb) => cb(null, this.relationshipsFile));
    zip.end();
    this.finished = pipeline(zip.outputStream, this.res);
    // Awaited in end(); until then a failure (the client went away) is seen through the export's signal.
    this.finished.catch(() => undefined);
    return this.nodes.write(csvRow(NODE_COLUMNS));
  }

  node(node: ExportNode): Promise<void> {
    const fields = nodeFields(node);
    return this.nodes.write(csvRow(NODE_COLUMNS.map((c) => fields[c])));
  }

  async endNodes(): Promise<void> {
    await this.nodes.flush();
    this.nodesFile.end();
    await this.relationships.write(csvRow(RELATIONSHIP_COLUMNS));
  }

  relationship(rel: ExportRelationship): Promise<void> {
    const fields = relationshipFields(rel);
    return this.relationships.write(csvRow(RELATIONSHIP_COLUMNS.map((c) => fields[c])));
  }

  async end(): Promise<void> {
    await this.relationships.flush();
    this.relationshipsFile.end();
    await this.control.whileClientReads(this.finished!);
  }
}
