import { z } from 'zod';
import { HTTP_TIMEOUT_DEFAULTS, HttpTimeouts } from '../http/httpTimeouts';
import { DEFAULT_SHUTDOWN_GRACE_MS } from '../http/httpDrain';
import { EXPORT_LIMIT_DEFAULTS, ExportLimits } from '../export/runningExports';
import { RATE_LIMIT_DEFAULTS, RateLimits } from '../http/rateLimits';
import { DEFAULT_SOURCE_TEXTS_DIR } from '../curation/sourceTexts';
import { DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_TX_TIMEOUT_MS } from '../database/database';

/** Settings read from the environment once at start-up. */
export interface Config {
  port: number;
  host: string;
  /** Set when the service must use an existing Neo4j; unset means "start the embedded one". */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | undefined;
  embeddedDir: string;
  embeddedPort: number;
  embeddedHeap: string;
  embeddedPageCache: string;
  seedOnStart: boolean;
  /** Deadline of one HTTP request's database work. */
  requestTimeoutMs: number;
  /** Server-side limit of one Neo4j transaction. */
  neo4jTxTimeoutMs: number;
  /** Quick failures in a row of the embedded Neo4j after which the service gives up (exits 1). */
  embeddedMaxRestarts: number;
  logLevel: string;
  production: boolean;
  /** Browser origins allowed by CORS: a list (empty: none) or '*'. */
  corsOrigins: string[] | '*';
  httpTimeouts: HttpTimeouts;
  exportLimits: ExportLimits;
  /** On SIGTERM/SIGINT, how long requests in flight (exports included) may take to finish. */
  shutdownGraceMs: number;
  /** Serve GraphiQL at /graphiql. */
  graphiql: boolean;
  /** Answer reads without a key. */
  anonymousReads: boolean;
  rateLimits: RateLimits;
  /** Proxies in front of the service whose X-Forwarded-For is trusted for the client address (express's trust proxy). */
  trustProxy: number;
  /** Folder of the texts of sources held as text (excerpts are checked against them). */
  sourceTextsDir: string;
}

const perMinute = z.coerce.number().int().min(1).max(1_000_000);

const port = z.coerce.number().int().min(0).max(65535);
const memory = z.string().regex(/^\d+[kmgKMG]?$/, 'expected a size such as 512m or 1g');
const millis = z.coerce.number().int().min(1).max(3_600_000);
const origins = z
  .string()
  .transform((list) => list.split(',').map((o) => o.trim()).filter(Boolean))
  .pipe(z.array(z.string().refine((o) => o === '*' || (URL.canParse(o) && new URL(o).origin === o), 'expected * or origins such as https://app.example.org')))
  .transform((list): string[] | '*' => (list.includes('*') ? '*' : list));
/** A deadline or timeout of database work: 0.1 s to 10 min. */
const deadlineMs = z.coerce.number().int().min(100).max(600_000);
/** A grace period on shutdown: 0 (none) to 10 min. */
const shutdownGraceMs = z.coerce.number().int().min(0).max(600_000);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).default('scn-graph-local'),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'expected a database name').optional(),
  EMBEDDED_NEO4J_DIR: z.string().min(1).default('.data/neo4j'),
  EMBEDDED_NEO4J_PORT: port.default(7687),
  EMBEDDED_NEO4J_HEAP: memory.default('768m'),
  EMBEDDED_NEO4J_PAGECACHE: memory.default('128m'),
  SEED_ON_START: flag.default(true),
  REQUEST_TIMEOUT_MS: deadlineMs.default(DEFAULT_REQUEST_TIMEOUT_MS),
  NEO4J_TX_TIMEOUT_MS: deadlineMs.default(DEFAULT_TX_TIMEOUT_MS),
  EMBEDDED_NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  CORS_ORIGINS: origins.default([]),
  HTTP_HEADERS_TIMEOUT_MS: millis.default(HTTP_TIMEOUT_DEFAULTS.headersMs),
  HTTP_REQUEST_TIMEOUT_MS: millis.default(HTTP_TIMEOUT_DEFAULTS.requestMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: millis.default(HTTP_TIMEOUT_DEFAULTS.keepAliveMs),
  EXPORT_STALL_TIMEOUT_MS: z.coerce.number().int().min(100).default(EXPORT_LIMIT_DEFAULTS.stallTimeoutMs),
  // Each export holds one of the driver's 50 pooled connections: at most half of them.
  EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(25).default(EXPORT_LIMIT_DEFAULTS.maxConcurrent),
  SHUTDOWN_GRACE_MS: shutdownGraceMs.optional(),
  // The old name of SHUTDOWN_GRACE_MS (it covered exports only), read when SHUTDOWN_GRACE_MS is unset.
  EXPORT_SHUTDOWN_GRACE_MS: shutdownGraceMs.optional(),
  // Unset: on in development, off in production.
  GRAPHIQL: flag.optional(),
  ANONYMOUS_READS: flag.default(true),
  RATE_LIMIT_KEY_PER_MINUTE: perMinute.default(RATE_LIMIT_DEFAULTS.keyRequestsPerMinute),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: perMinute.default(RATE_LIMIT_DEFAULTS.anonymousRequestsPerMinute),
  RATE_LIMIT_WRITES_PER_MINUTE: perMinute.default(RATE_LIMIT_DEFAULTS.writesPerMinute),
  RATE_LIMIT_BAD_KEYS_PER_MINUTE: perMinute.default(RATE_LIMIT_DEFAULTS.badKeysPerMinute),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  // Unset: the folder shared/sources beside the project folder.
  SOURCE_TEXTS_DIR: z.string().min(1).default(DEFAULT_SOURCE_TEXTS_DIR),
}).refine((e) => e.HTTP_HEADERS_TIMEOUT_MS <= e.HTTP_REQUEST_TIMEOUT_MS, {
  path: ['HTTP_HEADERS_TIMEOUT_MS'],
  message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS',
});

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError whose message names the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(`Invalid environment variable ${name}=${JSON.stringify(env[name])}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    embeddedDir: e.EMBEDDED_NEO4J_DIR,
    embeddedPort: e.EMBEDDED_NEO4J_PORT,
    embeddedHeap: e.EMBEDDED_NEO4J_HEAP,
    embeddedPageCache: e.EMBEDDED_NEO4J_PAGECACHE,
    seedOnStart: e.SEED_ON_START,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    neo4jTxTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    embeddedMaxRestarts: e.EMBEDDED_NEO4J_MAX_RESTARTS,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    graphiql: e.GRAPHIQL ?? e.NODE_ENV !== 'production',
    corsOrigins: e.CORS_ORIGINS,
    httpTimeouts: { headersMs: e.HTTP_HEADERS_TIMEOUT_MS, requestMs: e.HTTP_REQUEST_TIMEOUT_MS, keepAliveMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS },
    exportLimits: {
      stallTimeoutMs: e.EXPORT_STALL_TIMEOUT_MS,
      maxConcurrent: e.EXPORT_MAX_CONCURRENT,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? e.EXPORT_SHUTDOWN_GRACE_MS ?? DEFAULT_SHUTDOWN_GRACE_MS,
    anonymousReads: e.ANONYMOUS_READS,
    rateLimits: {
      keyRequestsPerMinute: e.RATE_LIMIT_KEY_PER_MINUTE,
      anonymousRequestsPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      writesPerMinute: e.RATE_LIMIT_WRITES_PER_MINUTE,
      badKeysPerMinute: e.RATE_LIMIT_BAD_KEYS_PER_MINUTE,
    },
    trustProxy: e.TRUST_PROXY,
    sourceTextsDir: e.SOURCE_TEXTS_DIR,
  };
}
