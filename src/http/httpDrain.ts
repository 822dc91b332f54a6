import http from 'node:http';
import net from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './errorBody';

/** Default of SHUTDOWN_GRACE_MS: how long in-flight requests (exports included) may take to finish on SIGTERM. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** The error code of a request refused because the service is stopping. */
export const SHUTTING_DOWN = 'SHUTTING_DOWN';

/**
 * The HTTP side of a graceful shutdown. `stop(graceOver)` stops listening at once (a new connection is refused);
 * while requests are in flight, a request that still comes on a connection already open (keep-alive) is answered
 * 503 SHUTTING_DOWN with `Connection: close` rather than cut (each path may have its own body: /health says
 * "stopping", so that a load balancer takes the instance out); the answers of requests in flight close their
 * connections. Once none is in flight, idle connections are closed; when `graceOver` aborts first, every connection
 * still open is closed, requests still running with it. Resolves once no connection is left.
 */
export class HttpDrain {
  private readonly inFlight = new Set<Response>();
  private stopped: Promise<void> | undefined;
  private noConnectionLeft: (() => void) | undefined;
  private lastRequestDone: (() => void) | undefined;
  private connections = 0;

  constructor(private readonly server: http.Server) {
    server.on('connection', (socket: net.Socket) => {
      this.connections += 1;
      socket.once('close', () => {
        this.connections -= 1;
        if (this.connections === 0) this.noConnectionLeft?.();
      });
    });
  }

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  /**
   * Express middleware, before every route: refuses requests while stopping (with `bodies[path]` when given, else a
   * GraphQL-shaped error) and keeps track of those in flight.
   */
  middleware(bodies: Record<string, unknown> = {}) {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (this.stopping) {
        res.setHeader('Connection', 'close');
        res.status(503).json(bodies[req.path] ?? errorBody('The service is shutting down: send the request again, to another instance if there is one.', SHUTTING_DOWN));
        return;
      }
      this.inFlight.add(res);
      res.once('close', () => {
        this.inFlight.delete(res);
        if (this.inFlight.size === 0) this.lastRequestDone?.();
      });
      next();
    };
  }

  stop(graceOver: AbortSignal): Promise<void> {
    this.stopped ??= this.drain(graceOver);
    return this.stopped;
  }

  private async drain(graceOver: AbortSignal): Promise<void> {
    const drained = new Promise<void>((resolve) => (this.noConnectionLeft = resolve));
    // net.Server's close only stops listening: http.Server's would also close idle keep-alive connections at once,
    // cutting a request a client may be sending on one, while others are still being answered.
    net.Server.prototype.close.call(this.server);
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // Once the last request in flight is answered (its connection closed), the idle ones go too.
    const closeIdle = () => setImmediate(() => this.server.closeIdleConnections());
    if (this.inFlight.size === 0) closeIdle();
    else this.lastRequestDone = closeIdle;
    const closeAll = () => this.server.closeAllConnections();
    graceOver.addEventListener('abort', closeAll, { once: true });
    if (graceOver.aborted) closeAll();
    if (this.connections > 0) await drained;
    graceOver.removeEventListener('abort', closeAll);
    // Now the rest of http.Server's close (its timer checking request timeouts).
    this.server.close();
  }
}
