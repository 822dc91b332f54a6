import { createConnection } from 'node:net';
import { connectDatabase, ConnectionSettings, DatabaseConnection, LogLine } from './connectDatabase';

/** Whether something accepts TCP connections on 127.0.0.1:port (the embedded Neo4j of a running `npm start`). */
function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The database a command-line tool (keys, import) works on: NEO4J_URI when set; otherwise the embedded Neo4j of a
 * running `npm start` (Bolt on 127.0.0.1:EMBEDDED_NEO4J_PORT) when it answers; otherwise the embedded Neo4j started
 * by this process (as `npm run seed` does), stopped again by `close()`.
 */
export async function connectForTool(config: ConnectionSettings, log: LogLine): Promise<DatabaseConnection> {
  if (!config.neo4jUri && (await portAnswers(config.embeddedPort))) {
    const uri = `bolt://127.0.0.1:${config.embeddedPort}`;
    log(`using the running service's embedded Neo4j at ${uri}`);
    return connectDatabase({ ...config, neo4jUri: uri }, log);
  }
  return connectDatabase(config, log);
}
