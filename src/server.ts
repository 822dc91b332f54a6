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
import { MAX_RESULT_ITEMS, ResultBudget } from './loaders/resultBudget';
import { MAX_QUERY_COST, queryCostPlugin } from './graphql/queryCost';
import { healthRoute } from './http/healthRoute';
import { exportRoute } from './export/exportRoute';

export interface ServiceOptions {
  db: Database;
  logger: Logger;
  production?: boolean;
  /** Per-request limits; the defaults are MAX_QUERY_COST and MAX_RESULT_ITEMS. */
  limits?: { maxQueryCost?: number; maxResultItems?: number };
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

  // Query limits: depth, aliases, tokens (graphql-armor) and cost (queryCostPlugin, which sees the
  // variables) are bounded before any resolver runs; a ResultBudget bounds what each request reads.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxTokens: { n: 5000 },
    costLimit: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    ...protection,
    plugins: [...protection.plugins, queryCostPlugin(options.limits?.maxQueryCost ?? MAX_QUERY_COST), ApolloServerPluginDrainHttpServer({ httpServer })],
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
  app.get('/export', exportRoute(db));
  app.use(
    '/graphql',
    express.json({ limit: '200kb' }),
    expressMiddleware(apollo, {
      context: async (): Promise<Context> => {
        const budget = new ResultBudget(options.limits?.maxResultItems ?? MAX_RESULT_ITEMS);
        return { db, budget, loaders: createLoaders(db, budget) };
      },
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
