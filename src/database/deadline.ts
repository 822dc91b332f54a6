import { AsyncLocalStorage } from 'node:async_hooks';

/** The deadline of the work in progress (one HTTP request): when it ends, and the window it was given. */
interface Deadline {
  at: number;
  windowMs: number;
}

const current = new AsyncLocalStorage<Deadline>();

/** Raised when the graph database has not answered by the deadline of the request. */
export class DeadlineExceededError extends Error {
  constructor(readonly windowMs: number) {
    super(`the graph database did not answer within ${windowMs} ms`);
  }
}

/**
 * Runs `work` (and everything it starts, however asynchronous) with a deadline `windowMs` from now:
 * every database call made inside fails with DeadlineExceededError once it passes.
 */
export function runWithDeadline<T>(windowMs: number, work: () => T): T {
  return current.run({ at: Date.now() + windowMs, windowMs }, work);
}

/** Milliseconds left before the current deadline; undefined outside runWithDeadline (no deadline). */
export function timeLeft(): number | undefined {
  const deadline = current.getStore();
  return deadline ? deadline.at - Date.now() : undefined;
}

/** The window of the current deadline; undefined when there is none. */
export function deadlineWindow(): number | undefined {
  return current.getStore()?.windowMs;
}

/**
 * Settles like `work`, or rejects with DeadlineExceededError after `ms` (the time left when omitted);
 * `work` itself is not awaited any longer, so a stalled server cannot hold the caller.
 */
export function beforeDeadline<T>(work: Promise<T>, ms: number | undefined = timeLeft()): Promise<T> {
  if (ms === undefined) return work;
  const windowMs = deadlineWindow() ?? ms;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(windowMs)), Math.max(0, ms));
    timer.unref();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
