import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j';
import { isAlive } from '../support/isAlive';

// Real embedded Neo4j (no mocks): its own JVM on a free port in a throw-away directory.

function connect(server: EmbeddedNeo4j, password: string): Driver {
  return neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password), { maxConnectionPoolSize: 2, connectionTimeout: 10_000 });
}

async function expectAuthRefused(server: EmbeddedNeo4j, password: string): Promise<void> {
  const driver = connect(server, password);
  try {
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j launcher', () => {
  let dataDir: string;
  const started: EmbeddedNeo4j[] = [];
  const log: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'scn-embedded-neo4j-'));
  });

  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    await rm(dataDir, { recursive: true, force: true });
  });

  test('starts on a free port with auth, stores data over Bolt, refuses a wrong password, stops cleanly', async () => {
    const server = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      password: 'first-password-1',
      pageCache: '32m',
      log: (line) => log.push(line),
    });
    started.push(server);

    expect(server.uri).toBe(`bolt://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.version).toMatch(/^5\.26\.\d+$/);
    expect(server.edition).toBe('community');
    expect(isAlive(server.pid)).toBe(true);

    const driver = connect(server, 'first-password-1');
    try {
      await driver.executeQuery('CREATE (:EmbeddedCheck {name: $name, n: 42})', { name: 'first' });
      const { records } = await driver.executeQuery('MATCH (c:EmbeddedCheck {name: $name}) RETURN c.n AS n', { name: 'first' });
      expect(records.map((r) => r.get('n').toNumber())).toEqual([42]);

      const components = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
      const kernel = components.records[0];
      expect(kernel.get('name')).toBe('Neo4j Kernel');
      expect(kernel.get('versions')[0]).toMatch(/^5\.26\.\d+$/);
      expect(kernel.get('versions')[0]).toBe(server.version);
      expect(kernel.get('edition')).toBe('community');
    } finally {
      await driver.close();
    }

    await expectAuthRefused(server, 'not-the-password');

    await server.stop();
    await server.stop(); // idempotent
    expect(isAlive(server.pid)).toBe(false);
  });

  test('on an existing data dir, resets the password and keeps the data; a second instance on it fails with the reason', async () => {
    const server = await startEmbeddedNeo4j({ dataDir, port: 0, password: 'second-password-2', pageCache: '32m' });
    started.push(server);

    await expectAuthRefused(server, 'first-password-1');
    const driver = connect(server, 'second-password-2');
    try {
      const { records } = await driver.executeQuery('MATCH (c:EmbeddedCheck) RETURN c.name AS name');
      expect(records.map((r) => r.get('name'))).toEqual(['first']);
    } finally {
      await driver.close();
    }

    // The store is locked by the running instance: the launcher reports NEO4J_FAILED and exits.
    await expect(startEmbeddedNeo4j({ dataDir, port: 0, password: 'second-password-2', pageCache: '32m' })).rejects.toThrow(
      /^Embedded Neo4j failed to start: .+/,
    );

    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
  });
});
