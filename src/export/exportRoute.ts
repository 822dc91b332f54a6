import { finished } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import { Database, Row } from '../database/database';
import { httpStatusOf, toGraphQLError } from '../database/neo4jErrors';
import { GraphWriter } from './graphWriter';
import { ExportRequest, parseExportRequest } from './exportRequest';
import { toExportNode, toExportRelationship } from './exportRows';
import { findNeighbourhood, NEIGHBOURHOOD_RELATIONSHIPS } from '../database/neighbourhood';
import { ExportControl, ExportEnd, RunningExports } from './runningExports';

/** Seconds a client refused for lack of room is asked to wait (Retry-After). */
export const RETRY_AFTER_SECONDS = 10;

/** What the log says when an export ended before its file was complete. */
const ENDED: Record<ExportEnd, string> = {
  'client-gone': 'export: client went away, Neo4j read stopped',
  stalled: 'export: client stopped reading, export ended and Neo4j read stopped',
  shutdown: 'export: service stopping, export ended unfinished and Neo4j read stopped',
};

/**
 * GET /export?format=graphml|json|csv[&id=<entity id>&depth=1..3&limit=1..5000]: the whole graph, or the
 * neighbourhood of one entity (at most `limit` entities within `depth` hops, and the relationships among them),
 * as a download. Rows are written as Neo4j streams them (nodes, then relationships) and reading pauses while the client is slow; a client that
 * goes away or stalls ends the Neo4j read. At most `maxConcurrent` run at once; one more gets 429.
 * HEAD answers with the status and headers GET would give, without running the export.
 */
export function exportRoute(db: Database, running: RunningExports): RequestHandler {
  return async (req: Request, res: Response) => {
    const request = parseExportRequest(req.query as Record<string, unknown>);
    if (!('format' in request)) {
      res.status(400).json({ error: request });
      return;
    }
    if (req.method === 'HEAD') {
      if (running.hasRoom) await answerHead(db, req, res, request);
      else refuse(res, running);
      return;
    }
    const ran = await running.run((control) => runExport(db, req, res, request, control));
    if (!ran) refuse(res, running);
  };
}

async function runExport(db: Database, req: Request, res: Response, request: ExportRequest, control: ExportControl): Promise<void> {
  res.on('close', () => {
    if (!res.writableFinished) control.end('client-gone');
  });

  const download = new Download(res, request, control);
  try {
    if (request.scope.kind === 'graph') {
      await db.stream('export-nodes', {}, (row) => download.node(row));
      await download.endNodes();
      await db.stream('export-relationships', {}, (row) => download.relationship(row));
    } else {
      // The same entities and relationships as the `neighborhood` query for this centre, depth and limit. A
      // neighbourhood is bounded by its limit, so its entities are held (to select their relationships).
      const found = await findNeighbourhood(db, request.scope);
      if (!found) {
        notFound(res, request.scope.id);
        return;
      }
      for (const row of found.nodes) await download.node(row, found.truncated);
      await download.endNodes();
      const ids = found.nodes.map((row) => String(row.id));
      await db.stream(NEIGHBOURHOOD_RELATIONSHIPS, { ids, types: null }, (row) => download.relationship(row));
    }
    await download.end();
    // The export keeps its place until the client has taken the end of the file (or stalls).
    await control.whileClientReads(finished(res));
  } catch (error) {
    const ended = control.endReason;
    if (ended) {
      // Throwing out of onRow has already cancelled the Neo4j result and closed its session. Destroying the
      // response ends the transfer without its last chunk, so the client sees an incomplete download.
      res.destroy();
      req.log?.info({ url: req.originalUrl, reason: ended }, ENDED[ended]);
      return;
    }
    req.log?.error({ err: error }, 'export failed');
    if (download.started) {
      // The file is half sent: breaking the connection tells the client it is incomplete.
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    answerError(res, error);
  }
}

/** HEAD /export: the export's status and headers; a neighbourhood's entity is looked up, nothing is exported. */
async function answerHead(db: Database, req: Request, res: Response, request: ExportRequest): Promise<void> {
  try {
    if (request.scope.kind === 'neighbourhood') {
      const found = await db.read('entities-by-id', { ids: [request.scope.id] });
      if (found.length === 0) {
        notFound(res, request.scope.id);
        return;
      }
    }
  } catch (error) {
    req.log?.error({ err: error }, 'export: HEAD failed');
    answerError(res, error);
    return;
  }
  setDownloadHeaders(res, request, false);
  res.end();
}

function refuse(res: Response, running: RunningExports): void {
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  const message = `${running.limits.maxConcurrent} exports are already running; try again in ${RETRY_AFTER_SECONDS} seconds.`;
  res.status(429).json({ error: { code: 'TOO_MANY_EXPORTS', message } });
}

function notFound(res: Response, id: string): void {
  res.status(404).json({ error: { code: 'NOT_FOUND', argument: 'id', message: `No entity has the id "${id}".` } });
}

function answerError(res: Response, error: unknown): void {
  const graphQLError = toGraphQLError(error);
  const code = String(graphQLError.extensions.code ?? 'INTERNAL_SERVER_ERROR');
  res.status(httpStatusOf(graphQLError)).json({ error: { code, message: graphQLError.message } });
}

function setDownloadHeaders(res: Response, request: ExportRequest, truncated: boolean): void {
  const { format } = request;
  res.status(200);
  res.setHeader('Content-Type', format.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${format.fileName}"`);
  if (truncated) res.setHeader('X-Export-Truncated', 'true');
}

/**
 * One export response. The headers and the start of the file go out with the first node row, so that
 * a failure before any row (or no row: unknown id) can still be answered with a JSON error.
 */
class Download {
  private writer: GraphWriter | undefined;

  constructor(
    private readonly res: Response,
    private readonly request: ExportRequest,
    private readonly control: ExportControl,
  ) {}

  get started(): boolean {
    return this.writer !== undefined;
  }

  async node(row: Row, truncated = false): Promise<void> {
    const writer = this.writer ?? (await this.start(truncated));
    await writer.node(toExportNode(row));
  }

  async endNodes(): Promise<void> {
    await (this.writer ?? (await this.start(false))).endNodes();
  }

  relationship(row: Row): Promise<void> {
    return this.writer!.relationship(toExportRelationship(row));
  }

  end(): Promise<void> {
    return this.writer!.end();
  }

  private async start(truncated: boolean): Promise<GraphWriter> {
    this.control.signal.throwIfAborted();
    setDownloadHeaders(this.res, this.request, truncated);
    this.writer = this.request.format.open(this.res, this.control);
    await this.writer.begin();
    return this.writer;
  }
}
