import pino from 'pino';
import { Database } from '../../src/database/database';
import { startService } from '../../src/server';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService();
});
afterAll(async () => {
  await t.stop();
});

test('Health: reports Neo4j 5.26 Community reachable', async () => {
  const res = await fetch(`${t.baseUrl}/health`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { neo4j: { version: string } };
  expect(body).toMatchObject({ status: 'ok', neo4j: { reachable: true, edition: 'community' } });
  expect(body.neo4j.version).toMatch(/^5\.26\.\d+/);
});

test('Health: answers 503 when the database does not answer', async () => {
  // A Bolt address where nothing listens (port 1 on loopback).
  const db = new Database({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
  const service = await startService({ db, logger: pino({ level: 'silent' }) }, 0, '127.0.0.1');
  try {
    const res = await fetch(service.url.replace(/graphql$/, 'health'));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', neo4j: { reachable: false } });
  } finally {
    await service.stop();
    await db.close();
  }
});

test('GraphQL: answers { __typename } over HTTP', async () => {
  expect(await t.client.request('{ __typename }')).toEqual({ __typename: 'Query' });
});

test('GraphQL: a GET without a preflight header is refused (CSRF prevention)', async () => {
  const res = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
  expect(res.status).toBe(400);
});

test('GraphQL: production mode hides introspection', async () => {
  const prod = await startTestService({ production: true });
  try {
    await expect(prod.client.request('{ __schema { types { name } } }')).rejects.toThrow(/introspection/i);
  } finally {
    await prod.stop();
  }
});
