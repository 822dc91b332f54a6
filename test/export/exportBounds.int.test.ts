import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { cypherFile } from '../../src/database/cypherFile';
import { Database } from '../../src/database/database';
import { ServiceOptions } from '../../src/server';
import { openTestDatabase } from '../support/testDatabase';
import { runFixture } from '../support/cypherFixture';
import { startTestService, TestService } from '../support/testService';

// Hostile and unlucky export clients: readers that stop reading, too many at once, HEAD, and a service
// stopping mid-download. The graph is large enough (about 12 MB of GraphML) that a reader that stops
// reading fills the socket buffers and leaves the export waiting.

const EXPORT_STATEMENTS = new Set(
  ['export-nodes', 'export-relationships', 'neighborhood-walk', 'neighborhood-relationships'].map((name) => cypherFile(name)),
);
const WHOLE_GRAPH = '/export?format=graphml';

let monitor: Database;
const services: TestService[] = [];

beforeAll(async () => {
  monitor = openTestDatabase();
  await runFixture(monitor, 'delete-generated');
  await runFixture(monitor, 'generate-graph', { regions: 2, countries: 20, cities: 6000, themes: 10 });
});

afterAll(async () => {
  for (const service of services) await service.stop();
  await runFixture(monitor, 'delete-generated');
  await monitor.close();
});

async function serve(options: Omit<ServiceOptions, 'db' | 'logger'>): Promise<TestService> {
  const service = await startTestService(options);
  services.push(service);
  return service;
}

/** Export statements Neo4j has open right now (SHOW TRANSACTIONS). */
async function openExportTransactions(): Promise<number> {
  const rows = await monitor.autoCommit('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
  return rows.filter((row) => EXPORT_STATEMENTS.has(String(row.currentQuery))).length;
}

/** Polls `probe` until it gives `want` or `ms` pass; returns its last answer. */
async function waitFor<T>(probe: () => Promise<T>, want: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await probe();
  while (!want(value) && Date.now() < deadline) {
    await sleep(100);
    value = await probe();
  }
  return value;
}

/**
 * A client on a raw socket that sends one export request, reads the response head and then stops reading
 * (its socket is paused, so the server's writes back up once the buffers are full).
 */
class StalledReader {
  private readonly socket: net.Socket;
  private readonly chunks: Buffer[] = [];
  private readonly closed: Promise<void>;
  /** The status line and headers. */
  readonly head: Promise<string>;

  constructor(service: TestService, path: string) {
    const { port } = new URL(service.baseUrl);
    this.socket = net.connect(Number(port), '127.0.0.1');
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    this.head = new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.chunks.push(chunk);
        const text = Buffer.concat(this.chunks).toString('latin1');
        const end = text.indexOf('\r\n\r\n');
        if (end >= 0) {
          this.socket.pause();
          this.socket.off('data', onData);
          resolve(text.slice(0, end));
        }
      };
      this.socket.on('data', onData);
      this.closed.then(() => reject(new Error('connection closed before the response head')));
    });
  }

  /** Reads on until the response is complete (its last chunk) or the server closes the connection; returns the raw text. */
  async readToEnd(): Promise<{ text: string; complete: boolean }> {
    const text = () => Buffer.concat(this.chunks).toString('utf8');
    const complete = () => text().endsWith('\r\n0\r\n\r\n');
    await new Promise<void>((resolve) => {
      this.socket.on('data', (chunk: Buffer) => {
        this.chunks.push(chunk);
        if (chunk.toString('latin1').endsWith('0\r\n\r\n') && complete()) resolve();
      });
      void this.closed.then(resolve);
      this.socket.resume();
    });
    return { text: text(), complete: complete() };
  }

  close(): void {
    this.socket.destroy();
  }
}

async function graphqlAnswers(t: TestService): Promise<void> {
  const answer = await t.client.request<{ node: { name: string } }>('{ node(id: "city:durres") { name } }');
  expect(answer.node.name).toBe('Durrës');
}

test('Export: readers that stop reading are cut after the stall timeout, leaving no Neo4j transaction open, while GraphQL answers', async () => {
  const t = await serve({ exportLimits: { stallTimeoutMs: 2000, maxConcurrent: 20 } });
  // More stalled readers than the default cap of 4: each has to fill the socket buffers (megabytes of GraphML) before it
  // stalls, so every extra reader costs seconds of a 2-core machine without proving more.
  const readers = Array.from({ length: 6 }, () => new StalledReader(t, WHOLE_GRAPH));
  for (const reader of readers) expect(await reader.head).toMatch(/^HTTP\/1\.1 200/);
  expect(await waitFor(openExportTransactions, (n) => n > 0, 10_000)).toBeGreaterThan(0);
  await graphqlAnswers(t);

  expect(await waitFor(openExportTransactions, (n) => n === 0, 30_000)).toBe(0);
  await graphqlAnswers(t);
  for (const reader of readers) {
    // The download ends without its last chunk: the client can tell the file is incomplete.
    const { text, complete } = await reader.readToEnd();
    expect(complete).toBe(false);
    expect(text).not.toContain('</graphml>');
  }
});

test('Export: beyond the concurrent cap an export gets 429 with Retry-After, GraphQL still answers, and a freed place is taken again', async () => {
  const t = await serve({ exportLimits: { stallTimeoutMs: 120_000, maxConcurrent: 2 } });
  const readers = [new StalledReader(t, WHOLE_GRAPH), new StalledReader(t, WHOLE_GRAPH)];
  for (const reader of readers) expect(await reader.head).toMatch(/^HTTP\/1\.1 200/);

  const refused = await fetch(`${t.baseUrl}/export?format=json&id=city:durres`);
  expect(refused.status).toBe(429);
  expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(await refused.json()).toEqual({ error: { code: 'TOO_MANY_EXPORTS', message: expect.stringMatching(/2 exports/) } });
  expect((await fetch(`${t.baseUrl}/export?format=json`, { method: 'HEAD' })).status).toBe(429);
  await graphqlAnswers(t);

  for (const reader of readers) reader.close();
  const status = () => fetch(`${t.baseUrl}/export?format=json&id=city:durres`).then((res) => res.status);
  expect(await waitFor(status, (s) => s === 200, 10_000)).toBe(200);
});

test('Export: a download the client cancels frees its place and its Neo4j connection: the next export is served whole', async () => {
  const t = await serve({ exportLimits: { maxConcurrent: 1 } });
  const durres = `${t.baseUrl}/export?format=json&id=city:durres`;
  for (const format of ['graphml', 'json', 'csv']) {
    // Cancelled right after the first bytes, and further on.
    for (const bytes of [1, 100_000]) {
      const cancel = new AbortController();
      const download = await fetch(`${t.baseUrl}/export?format=${format}`, { signal: cancel.signal });
      expect(download.status).toBe(200);
      const body = download.body!.getReader();
      for (let read = 0; read < bytes; ) read += (await body.read()).value?.length ?? bytes;
      cancel.abort();
      // The one place is free again once the service has seen the connection close: until then the next export is
      // refused (429), and asked again at once. Once in, it must get a connection on which the cancelled read has
      // been wound up (not one still answering it, which failed the next statement or held it until the deadline).
      const deadline = Date.now() + 10_000;
      let next = await fetch(durres);
      while (next.status === 429 && Date.now() < deadline) {
        await next.arrayBuffer();
        next = await fetch(durres);
      }
      expect(next.status).toBe(200);
      expect(((await next.json()) as { nodes: { id: string }[] }).nodes[0].id).toBe('city:durres');
    }
  }
  expect(await openExportTransactions()).toBe(0);
});

test('Export: HEAD answers with the status and headers of GET, no body, and runs no export statement', async () => {
  const t = await serve({});
  for (const query of ['?format=graphml', '?format=csv', '?format=json&id=city:durres&depth=2']) {
    const get = await fetch(`${t.baseUrl}/export${query}`);
    // Read to the end, so that the download does not hold one of the places while HEAD runs.
    await get.arrayBuffer();
    const { result: head, queries } = await t.countQueries(async () => {
      const res = await fetch(`${t.baseUrl}/export${query}`, { method: 'HEAD' });
      return { status: res.status, headers: res.headers, body: await res.text() };
    });
    expect(head.status).toBe(get.status);
    expect(head.status).toBe(200);
    for (const name of ['content-type', 'content-disposition']) expect(head.headers.get(name)).toBe(get.headers.get(name));
    expect(head.body).toBe('');
    expect(queries.filter((name) => name !== 'entities-by-id')).toEqual([]);
  }

  const missing = await t.countQueries(() => fetch(`${t.baseUrl}/export?format=json&id=city:atlantis`, { method: 'HEAD' }));
  expect(missing.result.status).toBe(404);
  expect(missing.result.headers.get('content-type')).toMatch(/^application\/json/);
  expect(missing.queries).toEqual(['entities-by-id']);
  expect((await fetch(`${t.baseUrl}/export?format=xlsx`, { method: 'HEAD' })).status).toBe(400);
});

describe('stopping the service (SIGTERM) during an export', () => {
  test('Export: an export still running when the grace period ends is ended without its last chunk, and stop() leaves no Neo4j transaction', async () => {
    const t = await startTestService({ exportLimits: { stallTimeoutMs: 120_000 }, shutdownGraceMs: 500 });
    const reader = new StalledReader(t, WHOLE_GRAPH);
    expect(await reader.head).toMatch(/^HTTP\/1\.1 200/);
    expect(await waitFor(openExportTransactions, (n) => n > 0, 10_000)).toBeGreaterThan(0);

    const stopped = t.service.stop();
    // The reader, stalled, only comes back once the export has been ended (its Neo4j read is gone).
    expect(await waitFor(openExportTransactions, (n) => n === 0, 30_000)).toBe(0);
    const { text, complete } = await reader.readToEnd();
    expect(complete).toBe(false);
    expect(text).not.toContain('</graphml>');
    await stopped;
    expect(await openExportTransactions()).toBe(0);
    await t.db.close();
  });

  test('Export: an export that finishes within the grace period is delivered whole', async () => {
    // The grace period is far longer than the download, however loaded the machine: it ends when the reader has
    // taken the file and closed its connection, never on a timer.
    const t = await startTestService({ exportLimits: { stallTimeoutMs: 120_000 }, shutdownGraceMs: 600_000 });
    const reader = new StalledReader(t, WHOLE_GRAPH);
    expect(await reader.head).toMatch(/^HTTP\/1\.1 200/);
    expect(await waitFor(openExportTransactions, (n) => n > 0, 10_000)).toBeGreaterThan(0);

    const stopped = t.service.stop();
    const { text, complete } = await reader.readToEnd();
    expect(complete).toBe(true);
    expect(text).toContain('</graphml>');
    reader.close();
    await stopped;
    expect(await openExportTransactions()).toBe(0);
    await t.db.close();
  });
});
