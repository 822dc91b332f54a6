import type { Logger } from 'pino';
import { Config } from './config/config';
import { connectDatabase, DatabaseConnection } from './database/connectDatabase';
import { applySchema } from './database/applySchema';
import { seedIfEmpty } from './seed/seedIfEmpty';
import { Service, startService } from './server';

export interface App {
  service: Service;
  connection: DatabaseConnection;
  /** Stops the service (finishing in-flight requests), then the database connection and the embedded Neo4j. */
  stop(): Promise<void>;
}

/**
 * The whole service as `npm start` runs it: connects to Neo4j (starting the supervised embedded one unless
 * NEO4J_URI is set), applies the schema, seeds an empty graph and serves HTTP. `onGiveUp` is called when
 * the embedded Neo4j keeps dying and supervision gives up.
 */
export async function startApp(config: Config, logger: Logger, onGiveUp: (reason: string) => void): Promise<App> {
  const connection = await connectDatabase(config, (line, level = 'info') => logger[level](line), onGiveUp);
  try {
    await applySchema(connection.db);
    if (config.seedOnStart) {
      const seeded = await seedIfEmpty(connection.db);
      if (seeded) logger.info(seeded, 'graph was empty: loaded the seed data');
    }
    const service = await startService(
      {
        db: connection.db,
        logger,
        production: config.production,
        corsOrigins: config.corsOrigins,
        sourceTextsDir: config.sourceTextsDir,
        timeouts: config.httpTimeouts,
        exportLimits: config.exportLimits,
        shutdownGraceMs: config.shutdownGraceMs,
        graphiql: config.graphiql,
        anonymousReads: config.anonymousReads,
        rateLimits: config.rateLimits,
        trustProxy: config.trustProxy,
      },
      config.port,
      config.host,
    );
    return {
      service,
      connection,
      async stop() {
        try {
          await service.stop();
        } finally {
          await connection.close();
        }
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
