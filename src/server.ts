import 'reflect-metadata';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import { Database } from './database/database';
import { buildGraphQLSchema } from './schema/buildGraphQLSchema';
import { createFormatError } from './schema/formatError';
import { Context } from './loaders/context';
import { createLoaders } from './loaders/createLoaders';
import { compiledEntities } from './compiler/compiledPage';
import { MAX_RESULT_ITEMS, ResultBudget } from './loaders/resultBudget';
import { MAX_QUERY_COST, queryCostPlugin } from './schema/queryCost';
import { knownOperationTypesRule } from './schema/knownOperationTypesRule';
import { healthRoute, STOPPING_HEALTH } from './http/healthRoute';
import { DEFAULT_SHUTDOWN_GRACE_MS, HttpDrain } from './http/httpDrain';
import { securityHeaders } from './http/securityHeaders';
import { corsPolicy } from './http/corsPolicy';
import { methodNotAllowed } from './http/methodNotAllowed';
import { notFound } from './http/notFound';
import { errorHandler } from './http/errorHandler';
import { HTTP_TIMEOUT_DEFAULTS, HttpTimeouts } from './http/httpTimeouts';
import { accessLog } from './http/accessLog';
import { requestDeadline } from './http/requestDeadline';
import { bookmarkHeader } from './http/bookmarkHeader';
import { bookmarkPlugin } from './schema/bookmarkPlugin';
import { idempotentMutations } from './schema/idempotentMutations';
import { removeExpiredAnswers } from './curation/idempotentRequests';
import { errorReportingPlugin } from './schema/errorReporting';
import { exportRoute } from './export/exportRoute';
import { webRoutes } from './http/webRoutes';
import { viewerMiddleware, viewerOf } from './http/viewerMiddleware';
import { RATE_LIMIT_DEFAULTS, RateLimiters, RateLimits, writeLimitPlugin } from './http/rateLimits';
import { SourceTexts } from './curation/sourceTexts';
import { EXPORT_LIMIT_DEFAULTS, ExportLimits, RunningExports } from './export/runningExports';

export interface ServiceOptions {
  db: Database;
  logger: Logger;
  production?: boolean;
  /** Browser origins allowed to call the API (CORS): a list, or '*' for any. Default: none. */
  corsOrigins?: string[] | '*';
  /** Defaults: HTTP_TIMEOUT_DEFAULTS. */
  timeouts?: Partial<HttpTimeouts>;
  /** Bounds on /export; unset ones take the EXPORT_* defaults. */
  exportLimits?: Partial<ExportLimits>;
  /** On stop(), how long requests in flight (exports included) may take to finish (SHUTDOWN_GRACE_MS); default DEFAULT_SHUTDOWN_GRACE_MS. */
  shutdownGraceMs?: number;
  /** Per-request limits; the defaults are MAX_QUERY_COST and MAX_RESULT_ITEMS. */
  limits?: { maxQueryCost?: number; maxResultItems?: number };
  /** Serve GraphiQL at /graphiql; default: on unless production. */
  graphiql?: boolean;
  /** The bundled explorer and GraphiQL; default WEB_DIST (web/dist). */
  webDist?: string;
  /** Answer GraphQL and /export without a key (ANONYMOUS_READS); default true. */
  anonymousReads?: boolean;
  /** Requests per minute per key, address, writes and bad keys; unset ones take RATE_LIMIT_DEFAULTS. */
  rateLimits?: Partial<RateLimits>;
  /** Proxies in front whose X-Forwarded-For gives the client address (TRUST_PROXY); default 0. */
  trustProxy?: number;
  /** Folder of the texts of sources held as text, against which excerpts are checked; default DEFAULT_SOURCE_TEXTS_DIR. */
  sourceTextsDir?: string;
  /** Test-only: false turns off compiling selections into one statement (src/compiler), to compare answers. */
  compile?: boolean;
}

/** Largest request body accepted (express.json); larger gets 413. */
const BODY_LIMIT = '200kb';

/** How often expired answers of writes made with an Idempotency-Key are removed (also once at start). */
const IDEMPOTENCY_SWEEP_MS = 60 * 60 * 1000;

export interface Service {
  /** The URL of the GraphQL endpoint. */
  url: string;
  httpServer: http.Server;
  /**
   * Stops accepting connections and refuses new requests (503 SHUTTING_DOWN), lets in-flight requests finish within
   * the grace period, closes what is left then, and resolves once no request and no export's Neo4j session is left.
   */
  stop(): Promise<void>;
}

/**
 * The one place that wires the data path:
 * HTTP (express) → Apollo → resolver → per-request DataLoader → named Cypher file → Neo4j.
 */
export async function startService(options: ServiceOptions, port: number, host: string): Promise<Service> {
  const { db, logger } = options;
  const production = options.production ?? false;
  const timeouts = { ...HTTP_TIMEOUT_DEFAULTS, ...options.timeouts };
  const app = express();
  app.set('trust proxy', options.trustProxy ?? 0);
  const httpServer = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      // How often Node checks those two timeouts (its default, 30 s, would let them overrun by that much).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    app,
  );
  httpServer.keepAliveTimeout = timeouts.keepAliveMs;
  const drain = new HttpDrain(httpServer);

  // Query limits: depth, aliases, tokens and cost are bounded before any resolver runs; a ResultBudget bounds
  // what each request puts into its answer. Cost is priced by queryCostPlugin, which sees the variables. Tokens are counted
  // by graphql-js's own parser (parseOptions): armor's token plugin re-parses in a plugin hook, which turns
  // every syntax error into an HTTP 500.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const limiters = new RateLimiters({ ...RATE_LIMIT_DEFAULTS, ...options.rateLimits });
  const withViewer = viewerMiddleware(db, { anonymousReads: options.anonymousReads ?? true, limiters });
  const schema = buildGraphQLSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    parseOptions: { maxTokens: 5000 },
    validationRules: [...protection.validationRules, knownOperationTypesRule],
    // Apollo's defaults that nothing here uses are off: cache control would wrap every field's resolution to compute
    // hints no field gives (answers are never cacheable: Cache-Control: no-store is set below); usage and schema
    // reporting would send operations to Apollo's cloud whenever APOLLO_KEY happens to be set.
    plugins: [...protection.plugins, writeLimitPlugin<Context>(limiters), idempotentMutations<Context>(schema), bookmarkPlugin(), queryCostPlugin(options.limits?.maxQueryCost ?? MAX_QUERY_COST), errorReportingPlugin(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled()],
    formatError: createFormatError(production),
    // Stack traces go to the log (errorReportingPlugin), never to clients, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    logger,
    // Signals are main.ts's to handle (it drains HTTP, then stops the driver and the embedded Neo4j in order); Apollo's
    // own handler, on whenever NODE_ENV is not test, would stop the server first and leave main's stop() waiting.
    // HTTP is drained by HttpDrain (stop() below), not by Apollo's drain plugin, which closes idle keep-alive
    // connections at once (cutting a request a client is sending on one) and has a grace period of its own.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // Request id, req.log bound to it, and one line per request when it is done.
  app.use(accessLog(logger));
  app.use(drain.middleware({ '/health': STOPPING_HEALTH }));
  app.use(requestDeadline(db.requestTimeoutMs));
  app.use(bookmarkHeader());
  app.use(securityHeaders());
  app.use(corsPolicy(options.corsOrigins ?? []));
  app.get('/health', healthRoute(db));
  const runningExports = new RunningExports({ ...EXPORT_LIMIT_DEFAULTS, ...options.exportLimits });
  app.get('/export', withViewer, exportRoute(db, runningExports));
  // One cache of source texts for the service's life: a text is read once.
  const sourceTexts = new SourceTexts(options.sourceTextsDir);
  const graphql = [
    // Answers depend on the graph at the time asked: no cache may keep them (what Apollo's cache-control plugin sent).
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    withViewer,
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const viewer = viewerOf(res);
        const budget = new ResultBudget(options.limits?.maxResultItems ?? MAX_RESULT_ITEMS);
        const loaders = createLoaders(db, budget, options.compile === false ? undefined : (ids, info) => compiledEntities({ db, budget }, ids, info));
        return {
          db,
          budget,
          loaders,
          requestId: req.id,
          viewer,
          sourceTexts,
          // Read when something logs: the request's logger is made on first use (accessLog).
          get log() {
            return req.log;
          },
          compile: options.compile,
        };
      },
    }),
  ];
  app.use(webRoutes({ graphiql: options.graphiql ?? !production, dist: options.webDist }));
  app.route('/graphql').get(graphql).post(graphql).all(methodNotAllowed(['GET', 'POST']));
  app.use(notFound);
  app.use(errorHandler);

  const sweepExpiredAnswers = () => void removeExpiredAnswers(db).catch((error: unknown) => logger.warn({ err: error }, 'could not remove expired idempotency records'));
  sweepExpiredAnswers();
  const sweeper = setInterval(sweepExpiredAnswers, IDEMPOTENCY_SWEEP_MS).unref();

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`;

  return {
    url,
    httpServer,
    async stop() {
      clearInterval(sweeper);
      // One grace period for every request in flight, exports included; exports still running when it ends are
      // ended (their Neo4j reads cancelled), other connections closed.
      const graceOver = AbortSignal.timeout(options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
      await Promise.all([drain.stop(graceOver), runningExports.close(graceOver)]);
      await apollo.stop();
    },
  };
}
