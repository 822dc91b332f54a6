import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { neo4jGraphqlTypeDefs } from './neo4jGraphqlTypeDefs';

/** Called with each Cypher statement the library sends to Neo4j. */
export type CypherListener = (cypher: string) => void;

export interface Neo4jGraphqlServer {
  url: string;
  /** Listens to the Cypher the library generates; returns a function that stops listening. */
  onCypher(listener: CypherListener): () => void;
  stop(): Promise<void>;
}

/**
 * The Neo4j GraphQL Library's schema served by a plain Apollo Server 5 on express 5 (as its docs set it up),
 * on 127.0.0.1. The driver is wrapped so every statement the library runs is reported to `onCypher` listeners.
 */
export async function startNeo4jGraphqlServer(driver: Driver, port: number, database?: string): Promise<Neo4jGraphqlServer> {
  const listeners = new Set<CypherListener>();
  const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver: recordingDriver(driver, listeners) });
  const schema = await neoSchema.getSchema();

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '200kb' }),
    // The library opens sessions on database "neo4j" unless told otherwise.
    expressMiddleware(apollo, { context: async () => (database ? { sessionConfig: { database } } : {}) }),
  );
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  const { port: bound } = httpServer.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${bound}/graphql`,
    onCypher(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      await apollo.stop();
    },
  };
}

/** A driver whose sessions and transactions report each statement's text before running it. */
function recordingDriver(driver: Driver, listeners: Set<CypherListener>): Driver {
  const report = (cypher: unknown) => {
    for (const listener of listeners) listener(String(cypher));
  };
  const wrapRunner = <T extends object>(target: T): T =>
    wrap(target, {
      run: (run) => (query: unknown, ...rest: unknown[]) => {
        report(query);
        return run(query, ...rest);
      },
    });
  const wrapSession = <T extends object>(session: T): T =>
    wrap(session, {
      run: (run) => (query: unknown, ...rest: unknown[]) => {
        report(query);
        return run(query, ...rest);
      },
      executeRead: (execute) => (work: (tx: object) => unknown, ...rest: unknown[]) => execute((tx: object) => work(wrapRunner(tx)), ...rest),
      executeWrite: (execute) => (work: (tx: object) => unknown, ...rest: unknown[]) => execute((tx: object) => work(wrapRunner(tx)), ...rest),
    });
  return wrap(driver, {
    session: (session) => (...args: unknown[]) => wrapSession(session(...args) as object),
  });
}

type AnyFunction = (...args: any[]) => any;

/** A proxy of `target` that replaces the named methods; everything else passes through, bound to `target`. */
function wrap<T extends object>(target: T, overrides: Record<string, (original: AnyFunction) => AnyFunction>): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const bound = (value as AnyFunction).bind(object);
      const override = typeof property === 'string' ? overrides[property] : undefined;
      return override ? override(bound) : bound;
    },
  });
}
