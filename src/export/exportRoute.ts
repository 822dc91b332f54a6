import type { Request, RequestHandler, Response } from 'express';
import { Database, Row } from '../database/database';
import { httpStatusOf, toGraphQLError } from '../database/neo4jErrors';
import { GraphWriter } from './graphWriter';
import { ExportRequest, parseExportRequest } from './exportRequest';
import { toExportNode, toExportRelationship } from './exportRows';

/** Most entities a neighbourhood export holds; past it the nearest ones are kept and X-Export-Truncated says so. */
export const NEIGHBOURHOOD_LIMIT = 5000;

/**
 * GET /export?format=graphml|json|csv[&id=<entity id>&depth=1..3]: the whole graph, or the entities within
 * `depth` hops of one entity and the relationships among them, as a download. Rows are written as Neo4j
 * streams them (nodes, then relationships) and reading pauses while the client is slow; a client that
 * goes away ends the Neo4j read.
 */
export function exportRoute(db: Database): RequestHandler {
  return async (req: Request, res: Response) => {
    const request = parseExportRequest(req.query as Record<string, unknown>);
    if (!('format' in request)) {
      res.status(400).json({ error: request });
      return;
    }

    const aborted = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) aborted.abort();
    });

    const download = new Download(res, request, aborted.signal);
    try {
      if (request.scope.kind === 'graph') {
        await db.stream('export-nodes', {}, (row) => download.node(row));
        await download.endNodes();
        await db.stream('export-relationships', {}, (row) => download.relationship(row));
      } else {
        const { id, depth } = request.scope;
        // A neighbourhood is bounded (NEIGHBOURHOOD_LIMIT), so its ids may be held to select its relationships.
        const ids: string[] = [];
        await db.stream('export-neighbourhood-nodes', { id, depth, limit: NEIGHBOURHOOD_LIMIT }, (row) => {
          ids.push(String(row.id));
          return download.node(row);
        });
        if (ids.length === 0) {
          res.status(404).json({ error: { code: 'NOT_FOUND', argument: 'id', message: `No entity has the id "${id}".` } });
          return;
        }
        await download.endNodes();
        await db.stream('export-neighbourhood-relationships', { ids }, (row) => download.relationship(row));
      }
      await download.end();
    } catch (error) {
      if (aborted.signal.aborted) {
        // Throwing out of onRow has already cancelled the Neo4j result and closed its session.
        req.log?.info({ url: req.originalUrl }, 'export: client went away, Neo4j read stopped');
        return;
      }
      req.log?.error({ err: error }, 'export failed');
      if (download.started) {
        // The file is half sent: breaking the connection tells the client it is incomplete.
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      const graphQLError = toGraphQLError(error);
      const code = String(graphQLError.extensions.code ?? 'INTERNAL_SERVER_ERROR');
      res.status(httpStatusOf(graphQLError)).json({ error: { code, message: graphQLError.message } });
    }
  };
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
    private readonly signal: AbortSignal,
  ) {}

  get started(): boolean {
    return this.writer !== undefined;
  }

  async node(row: Row): Promise<void> {
    const writer = this.writer ?? (await this.start(row.truncated === true));
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
    this.signal.throwIfAborted();
    const { format } = this.request;
    this.res.status(200);
    this.res.setHeader('Content-Type', format.contentType);
    this.res.setHeader('Content-Disposition', `attachment; filename="${format.fileName}"`);
    if (truncated) this.res.setHeader('X-Export-Truncated', 'true');
    this.writer = format.open(this.res, this.signal);
    await this.writer.begin();
    return this.writer;
  }
}
