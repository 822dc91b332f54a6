import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { errorHandler } from '../../src/http/errorHandler';
import { expectJsonError } from '../support/expectJsonError';

test('Error handler: an error thrown in a route is 500 JSON with no stack or path', async () => {
  // The service's routes catch their own failures; this mounts the service's final handler behind one that does not.
  const app = express();
  app.get('/boom', () => {
    throw new Error(`failed reading ${process.cwd()}/secret`);
  });
  app.use(errorHandler);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
    const error = await expectJsonError(res, 500, 'INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Internal server error');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
