import 'reflect-metadata';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { Database } from './database/database';
import { buildGraphQLSchema } from './graphql/buildGraphQLSchema';
import { createFormatError } from './graphql/formatError';
import { Context } from './graphql/context';
import { createLoaders } from './loaders/createLoaders';
import { healthRoute } from './http/healthRoute';
import { requestId } from './http/requestId';
import { requestDeadline } from './http/requestDeadline';
import { errorReportingPlugin } from './graphql/errorReporting';
import { exportRoute } from './export/exportRoute';

export interface ServiceOptions {
  db: Database;
  logger: Logger;
  production?: boolean;
  /** Deadline of each request's database work; default: the database's (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
}

export interface Service {
  /** The URL of the GraphQL endpoint. */
  url: string;
  httpServer: http.Server;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

/**
 * The one place that wires the data path:
 * HTTP (express) → Apollo → resolver → per-request DataLoader → named Cypher file → Neo4j.
 */
export async function startService(options: ServiceOptions, port: number, host: string): Promise<Service> {
  const { db, logger } = options;
  const production = options.production ?? false;
  const app = express();
  const httpServer = http.createServer(app);

  // Query limits: depth, aliases, tokens and cost are bounded before any resolver runs.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxTokens: { n: 5000 },
    costLimit: { maxCost: 20000 },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    ...protection,
    plugins: [...protection.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), errorReportingPlugin()],
    formatError: createFormatError(production),
    // Stack traces go to the log (errorReportingPlugin), never to clients, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    logger,
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      // req.log binds only the request id: it is on every line of the request, the request itself on the last.
      quietReqLogger: true,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(requestDeadline(options.requestTimeoutMs ?? db.requestTimeoutMs));
  app.get('/health', healthRoute(db));
  app.get('/export', exportRoute(db));
  app.use(
    '/graphql',
    express.json({ limit: '200kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => ({ db, loaders: createLoaders(db), requestId: String(req.id), log: req.log }),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`;

  return {
    url,
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}
