// npm start: starts the embedded Neo4j (unless NEO4J_URI is set), applies the schema,
// seeds an empty graph and serves GraphQL until SIGTERM or SIGINT.
import 'reflect-metadata';
import pino from 'pino';
import { ConfigError, loadConfig } from './config/config';
import { connectDatabase } from './database/connectDatabase';
import { applySchema } from './database/applySchema';
import { seedIfEmpty } from './seed/seedIfEmpty';
import { startService } from './server';

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
  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await service?.stop();
    } finally {
      await connection.close();
      logger.info('stopped');
      process.exit(exitCode);
    }
  };
  let service: Awaited<ReturnType<typeof startService>> | undefined;
  // The embedded Neo4j kept dying: stop, non-zero, so that an outer supervisor (systemd, Kubernetes) takes over.
  const giveUp = (reason: string) => {
    logger.fatal({ reason }, 'embedded Neo4j keeps failing: giving up');
    void shutdown('embedded Neo4j gave up', 1);
  };
  const connection = await connectDatabase(config, (line, level = 'info') => logger[level](line), giveUp);
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await applySchema(connection.db);
    if (config.seedOnStart) {
      const seeded = await seedIfEmpty(connection.db);
      if (seeded) logger.info(seeded, 'graph was empty: loaded the seed data');
    }
    service = await startService({ db: connection.db, logger, production: config.production }, config.port, config.host);
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    await connection.close();
    process.exit(1);
  }
  logger.info(`SCN Graph ready: GraphQL at ${service.url}, health at ${service.url.replace(/graphql$/, 'health')}`);
}

main().catch((error: Error) => {
  console.error(`scn-graph: ${error.message}`);
  process.exit(1);
});
