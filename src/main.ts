// npm start: starts the embedded Neo4j (unless NEO4J_URI is set), applies the schema,
// seeds an empty graph and serves GraphQL until SIGTERM or SIGINT.
import 'reflect-metadata';
import pino from 'pino';
import { ConfigError, loadConfig } from './config/config';
import { App, startApp } from './app';

/**
 * How long stopping may take beyond the grace period (closing the driver, stopping the embedded Neo4j, which is
 * killed after 20 s) before the process stops waiting: it kills the embedded Neo4j and exits 1.
 */
const STOP_BOUND_MS = 30_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel, base: { service: 'scn-graph' } });

  let app: App | undefined;
  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: new requests refused, finishing in-flight requests');
    setTimeout(() => {
      logger.fatal({ boundMs: config.shutdownGraceMs + STOP_BOUND_MS }, 'shutdown did not finish in time: killing the embedded Neo4j and exiting');
      const javaPid = app?.connection.embedded?.pid;
      if (javaPid) process.kill(javaPid, 'SIGKILL');
      process.exit(1);
    }, config.shutdownGraceMs + STOP_BOUND_MS).unref();
    try {
      await app?.stop();
    } finally {
      logger.info('stopped');
      process.exit(exitCode);
    }
  };
  // The embedded Neo4j kept dying: stop, non-zero, so that an outer supervisor (systemd, Kubernetes) takes over.
  const giveUp = (reason: string) => {
    logger.fatal({ reason }, 'embedded Neo4j keeps failing: giving up');
    void shutdown('embedded Neo4j gave up', 1);
  };

  try {
    app = await startApp(config, logger, giveUp);
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    process.exit(1);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const base = app.service.url.replace(/graphql$/, '');
  logger.info(`SCN Graph ready: explorer at ${base}, GraphQL at ${app.service.url}, health at ${base}health`);
}

main().catch((error: Error) => {
  console.error(`scn-graph: ${error.message}`);
  process.exit(1);
});
