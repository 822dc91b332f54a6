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
import { exportRoute } from './export/exportRoute';
import { ExportLimits, RunningExports } from './export/runningExports';
import { EXPORT_LIMIT_DEFAULTS } from './config/config';

export interface ServiceOptions {
  db: Database;
  logger: Logger;
  production?: boolean;
  /** Bounds on /export; unset ones take the EXPORT_* defaults. */
  exportLimits?: Partial<ExportLimits>;
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
    plugins: [...protection.plugins, ApolloServerPluginDrainHttpServer({ httpServer })],
    formatError: createFormatError(production),
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    logger,
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      serializers: {
        req: (req) => ({ method: req.method, url: req.url }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.get('/health', healthRoute(db));
  const runningExports = new RunningExports({ ...EXPORT_LIMIT_DEFAULTS, ...options.exportLimits });
  app.get('/export', exportRoute(db, runningExports));
  app.use(
    '/graphql',
    express.json({ limit: '200kb' }),
    expressMiddleware(apollo, { context: async (): Promise<Context> => ({ db, loaders: createLoaders(db) }) }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`;

  return {
    url,
    httpServer,
    async stop() {
      // Running exports get their grace period, then are ended; stop() resolves once none holds a Neo4j session.
      await Promise.all([apollo.stop(), runningExports.close()]);
    },
  };
}
