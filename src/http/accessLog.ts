import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestId } from './requestId';
import { isShutdownRefusal } from './httpDrain';

declare module 'http' {
  interface IncomingMessage {
    /** The request id (see requestId). */
    id: string;
    /** The logger of this request: every line it writes has the request id as `reqId`. */
    log: Logger;
  }
}

/**
 * Gives each request its id (`req.id`, sent back as X-Request-Id) and a logger binding it (`req.log`), and logs one
 * line when the response is done: `reqId`, `req` (method, url), `res` (statusCode) and `responseTime` in ms, at info
 * level, or at error level for a 5xx (but for the 503 of a request refused while the service stops). It costs little per request: the request's own logger is made only when
 * something logs on it (an error, mostly), and the line is not built when its level is off.
 */
export function accessLog(logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const id = requestId(req, res);
    const started = Date.now();
    const { method, url } = req;
    let log: Logger | undefined;
    req.id = id;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: true,
      get: () => (log ??= logger.child({ reqId: id })),
    });
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const failed = res.statusCode >= 500 && !isShutdownRefusal(res);
      const level = failed ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line = { reqId: id, req: { method, url }, res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
      if (failed) logger.error({ ...line, err: new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
      else logger.info(line, 'request completed');
    };
    // 'close' also comes when the client goes away before the answer is complete.
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
