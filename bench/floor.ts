import http from 'node:http';
import { AddressInfo } from 'node:net';
import neo4j, { Driver } from 'neo4j-driver';

/** One hand-written statement (returning one column `data`) and its parameters. */
export interface FloorQuery {
  statement: string;
  params: Record<string, unknown>;
}

/**
 * The floor: the statement run through neo4j-driver in an auto-commit read, like our reads, with integers as
 * JavaScript numbers; its `data` is already shaped like the GraphQL answer (null when it returns no row).
 */
export async function runFloor(driver: Driver, database: string | undefined, query: FloorQuery): Promise<unknown> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(query.statement, integers(query.params));
    return result.records[0]?.get('data') ?? null;
  } finally {
    await session.close();
  }
}

/** Whole numbers as Neo4j integers (a JavaScript number is sent as a float, which LIMIT refuses). */
function integers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
}

/** A driver for the floors: integers come back as JavaScript numbers, as JSON needs them. */
export function floorDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
}

export interface HttpFloor {
  url: string;
  stop(): Promise<void>;
}

/**
 * The HTTP floor: a bare node:http server on 127.0.0.1 that reads a JSON body `{shape, params}`, runs that
 * shape's statement with runFloor and writes `{"data": …}` (or `{"errors": [{message}]}` with 500).
 * What separates it from ours is graphql-js, Apollo, express and our resolvers.
 */
export async function startHttpFloor(driver: Driver, database: string | undefined, statements: Map<string, string>): Promise<HttpFloor> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      let request: { shape?: string; params?: Record<string, unknown> };
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(400, { errors: [{ message: 'body is not JSON' }] });
      }
      const statement = statements.get(String(request.shape));
      if (!statement) return reply(404, { errors: [{ message: `no shape ${request.shape}` }] });
      runFloor(driver, database, { statement, params: request.params ?? {} }).then(
        (data) => reply(200, { data }),
        (error: Error) => reply(500, { errors: [{ message: error.message }] }),
      );
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
