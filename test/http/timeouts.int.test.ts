import net from 'node:net';
import { startTestService, TestService } from '../support/testService';

let t: TestService;
beforeAll(async () => {
  t = await startTestService({ timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 300 } });
});
afterAll(async () => {
  await t.stop();
});

/** Sends `data` on a raw connection and stops; resolves with what the server sent once it closes the connection. */
function sendAndWaitForClose(data: string, deadlineMs = 10_000): Promise<string> {
  const { port } = new URL(t.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(data));
    let received = '';
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${deadlineMs} ms`));
    }, deadlineMs);
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(deadline);
      resolve(received);
    });
  });
}

test('Timeouts: half a request line and nothing more gets the connection closed', async () => {
  await sendAndWaitForClose('GET /gra');
});

test('Timeouts: headers that never end get 408 and the connection closed', async () => {
  const received = await sendAndWaitForClose('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n');
  expect(received).toMatch(/^HTTP\/1\.1 408/);
});

test('Timeouts: a body that never arrives gets 408 and the connection closed', async () => {
  const received = await sendAndWaitForClose('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
  expect(received).toMatch(/^HTTP\/1\.1 408/);
});

test('Timeouts: an idle keep-alive connection is closed after its answer', async () => {
  const received = await sendAndWaitForClose('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
  expect(received).toMatch(/^HTTP\/1\.1 200/);
});
