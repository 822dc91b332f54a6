import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import { GraphQLError } from 'graphql';
import { Database } from '../../src/database/database';
import { cypherFile } from '../../src/database/cypherFile';
import { neo4jDetails } from '../../src/database/neo4jErrors';
import { openTestDatabase, testDatabaseSettings } from '../support/testDatabase';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/**
 * A TCP proxy in front of the test Neo4j that cuts the first `drop` connections as soon as they open
 * (as a restarting server or a broken network would) and forwards the later ones.
 */
async function flakyProxy(drop: number): Promise<{ uri: string; connections: () => number; close: () => Promise<void> }> {
  const target = new URL(testDatabaseSettings().uri);
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((client) => {
    connections += 1;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (connections <= drop) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function databaseBehind(uri: string): Database {
  const { user, password, database } = testDatabaseSettings();
  return new Database({ uri, user, password, database });
}

test('Database: a statement Neo4j rejects becomes DATABASE_ERROR, its Neo4j code kept for the log only', async () => {
  // A depth that is no number passes every check of this layer and is refused by Neo4j alone (range() takes integers).
  const error = await db.read('neighborhood-walk', { id: 'country:albania', depth: 'two', limit: 2, types: null, kinds: null, relationships: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions).toEqual({ code: 'DATABASE_ERROR' });
  expect(neo4jDetails(error)).toMatchObject({ neo4jCode: expect.stringMatching(/^Neo\.ClientError\.Statement\./) });
});

test('Database: a read whose connection is cut is tried again and answers', async () => {
  const proxy = await flakyProxy(1);
  const flaky = databaseBehind(proxy.uri);
  try {
    const [row] = await flaky.read('entity-count');
    const [direct] = await db.read('entity-count');
    expect(row.total).toBe(direct.total);
    expect(proxy.connections()).toBeGreaterThanOrEqual(2);
  } finally {
    await flaky.close();
    await proxy.close();
  }
});

test('Database: a server that keeps cutting the connection becomes DATABASE_UNAVAILABLE after three tries', async () => {
  const proxy = await flakyProxy(Infinity);
  const down = databaseBehind(proxy.uri);
  const sent: string[] = [];
  down.onQuery((name) => sent.push(name));
  try {
    const error = await down.read('server-info').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(proxy.connections()).toBe(3);
    expect(sent).toEqual(['server-info']);
  } finally {
    await down.close();
    await proxy.close();
  }
});

test('Database: whole numbers go to Neo4j as integers (range() and list slices accept them) and come back as numbers', async () => {
  // The driver would send 1 and 2 as the floats 1.0 and 2.0, which range() and list slices refuse.
  const [walk] = await db.read('neighborhood-walk', { id: 'country:albania', depth: 1, limit: 2, types: null, kinds: null, relationships: false });
  expect(walk.nodes).toHaveLength(2);
  // Counts come back as numbers a client can add up, not as the driver's Integer objects.
  const [{ total }] = await db.read('entity-count');
  const perKind = (await db.read('graph-stats')).filter((row) => /[a-z]/.test(String(row.kind)));
  expect(typeof total).toBe('number');
  expect(perKind.reduce((sum, row) => sum + (row.count as number), 0)).toBe(total);
});

test('Statements: only files of cypher/ are statements, by plain name', async () => {
  expect(cypherFile('server-info')).toContain('RETURN');
  for (const name of ['../test/cypher/graph-counts', 'cypher/server-info', '/etc/passwd', 'Server-Info', 'server-info.cypher', '']) {
    expect(() => cypherFile(name)).toThrow(/is not the name of a file in cypher\//);
    await expect(db.read(name)).rejects.toThrow();
  }
});

test('Statements: a bound the text needs is filled in from code, and missing or not a whole number is an error', async () => {
  expect(cypherFile('shortest-paths', { pathMaxLength: 7 })).toContain('[*..7]');
  expect(() => cypherFile('shortest-paths')).toThrow(/needs the bound \{\{pathMaxLength\}\}/);
  expect(() => cypherFile('shortest-paths', { pathMaxLength: 2.5 })).toThrow(/needs the bound/);
  expect(() => cypherFile('shortest-paths', { pathMaxLength: -1 })).toThrow(/needs the bound/);
  await expect(db.read('shortest-paths', { fromId: 'a', toId: 'b', maxLength: 1, types: null, first: 1 })).rejects.toThrow(/needs the bound/);
});
