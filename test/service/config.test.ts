import { resolve } from 'node:path';
import { DEFAULT_SOURCE_TEXTS_DIR } from '../../src/curation/sourceTexts';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { loadConfig } from '../../src/config/config';

test('Config: defaults serve on port 4000 with the embedded Neo4j', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({ port: 4000, neo4jUri: undefined, embeddedDir: '.data/neo4j', embeddedPort: 7687, seedOnStart: true });
});

test('Config: a bad value names the variable', () => {
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid environment variable PORT="eighty"/);
  expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI/);
  expect(() => loadConfig({ EMBEDDED_NEO4J_HEAP: 'lots' })).toThrow(/EMBEDDED_NEO4J_HEAP/);
  expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow(/SEED_ON_START/);
});

test('Config: cluster and Aura URIs are accepted', () => {
  expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
  expect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).neo4jUri).toBe('bolt://127.0.0.1:7687');
});

test('Config: request deadline, Neo4j transaction timeout and restart limit have defaults and are checked', () => {
  expect(loadConfig({})).toMatchObject({ requestTimeoutMs: 15_000, neo4jTxTimeoutMs: 10_000, embeddedMaxRestarts: 5 });
  expect(() => loadConfig({ REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/^Invalid environment variable REQUEST_TIMEOUT_MS="soon"/);
  expect(() => loadConfig({ NEO4J_TX_TIMEOUT_MS: '5' })).toThrow(/NEO4J_TX_TIMEOUT_MS/);
  expect(() => loadConfig({ EMBEDDED_NEO4J_MAX_RESTARTS: '-1' })).toThrow(/EMBEDDED_NEO4J_MAX_RESTARTS/);
});

test('Config: CORS_ORIGINS takes a comma-separated list of origins or *; HTTP timeouts are checked', () => {
  expect(loadConfig({}).corsOrigins).toEqual([]);
  expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:3000' }).corsOrigins).toEqual(['https://app.example.org', 'http://localhost:3000']);
  expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/path' })).toThrow(/^Invalid environment variable CORS_ORIGINS=/);
  expect(loadConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000' }).httpTimeouts.keepAliveMs).toBe(65000);
  expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '60000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS.*must not exceed HTTP_REQUEST_TIMEOUT_MS/);
});

test('Config: GRAPHIQL is on in development and off in production unless set', () => {
  expect(loadConfig({}).graphiql).toBe(true);
  expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  expect(loadConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
  expect(() => loadConfig({ GRAPHIQL: 'yes' })).toThrow(/^Invalid environment variable GRAPHIQL="yes"/);
});

test('Config: SOURCE_TEXTS_DIR defaults to shared/sources beside the project folder', () => {
  expect(loadConfig({}).sourceTextsDir).toBe(DEFAULT_SOURCE_TEXTS_DIR);
  expect(DEFAULT_SOURCE_TEXTS_DIR).toBe(resolve(PROJECT_ROOT, '..', 'shared', 'sources'));
  expect(loadConfig({ SOURCE_TEXTS_DIR: 'texts' }).sourceTextsDir).toBe('texts');
});
