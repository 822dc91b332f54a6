import http from 'node:http';
import net from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './errorBody';

/** Default of SHUTDOWN_GRACE_MS: how long in-flight requests (exports included) may take to finish on SIGTERM. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** The error code of a request refused because the service is stopping. */
export const SHUTTING_DOWN = 'SHUTTING_DOWN';

const refusedWhileStopping = new WeakSet<object>();

/** Whether this response is a refusal of the service stopping (503 as planned, not a failure: logged at info). */
export function isShutdownRefusal(res: object): boolean {
  return refusedWhileStopping.has(res);
}

/**
 * The HTTP side of a graceful shutdown. `stop(graceOver)` stops listening at once (a new connection is refused);
 * while requests are in flight, a request that still comes on a connection already open (keep-alive) is answered
 * 503 SHUTTING_DOWN with `Connection: close` rather than cut (each path may have its own body: /health says
 * "stopping", so that a load balancer takes the instance out); the answers of requests in flight close their
 * connections. Once none is in flight, idle connections are closed; when `graceOver` aborts first, every connection
 * still open is closed, requests still running with it. Resolves once no connection is left.
 */
export class HttpDrain {
  /** Every open connection, with the number of its requests not yet answered (refusals included). */
  private readonly connections = new Map<net.Socket, number>();
  private readonly inFlight = new Set<Response>();
  private stopped: Promise<void> | undefined;
  private noConnectionLeft: (() => void) | undefined;

  constructor(private readonly server: http.Server) {
    server.on('connection', (socket: net.Socket) => {
      this.connections.set(socket, 0);
      socket.once('close', () => {
        this.connections.delete(socket);
        if (this.connections.size === 0) this.noConnectionLeft?.();
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
      const socket = req.socket;
      this.connections.set(socket, (this.connections.get(socket) ?? 0) + 1);
      res.once('close', () => {
        if (this.connections.has(socket)) this.connections.set(socket, this.connections.get(socket)! - 1);
      });
      if (this.stopping) {
        refusedWhileStopping.add(res);
        res.setHeader('Connection', 'close');
        res.status(503).json(bodies[req.path] ?? errorBody('The service is shutting down: send the request again, to another instance if there is one.', SHUTTING_DOWN));
        return;
      }
      this.inFlight.add(res);
      res.once('close', () => {
        this.inFlight.delete(res);
        if (this.stopping && this.inFlight.size === 0) this.closeIdle();
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
    if (this.inFlight.size === 0) this.closeIdle();
    const closeAll = () => {
      for (const socket of this.connections.keys()) socket.destroy();
    };
    graceOver.addEventListener('abort', closeAll, { once: true });
    if (graceOver.aborted) closeAll();
    if (this.connections.size > 0) await drained;
    graceOver.removeEventListener('abort', closeAll);
    // Now the rest of http.Server's close (its timer checking request timeouts).
    this.server.close();
  }

  /** Closes the connections without a request in flight (once the last answer has gone out). */
  private closeIdle(): void {
    setImmediate(() => {
      for (const [socket, requests] of this.connections) if (requests === 0) socket.destroy();
    });
  }
}
