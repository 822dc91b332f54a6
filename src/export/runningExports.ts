import { once } from 'node:events';

/** Bounds on GET /export (settings EXPORT_STALL_TIMEOUT_MS, EXPORT_MAX_CONCURRENT). */
export interface ExportLimits {
  /** A client that takes none of the response for this long has its export ended. */
  stallTimeoutMs: number;
  /** Exports running at once; one more gets 429. Each holds a Neo4j session, so this stays well below the driver pool. */
  maxConcurrent: number;
}

export const EXPORT_LIMIT_DEFAULTS: ExportLimits = { stallTimeoutMs: 30_000, maxConcurrent: 4 };

/** Why an export was ended before its file was complete. */
export type ExportEnd = 'client-gone' | 'stalled' | 'shutdown';

/**
 * One running export: it ends (its signal aborts, with an ExportEnd as reason) when the client goes away,
 * stops taking data for stallTimeoutMs, or the service stops.
 */
export class ExportControl {
  private readonly controller = new AbortController();
  readonly signal: AbortSignal = this.controller.signal;

  constructor(private readonly stallTimeoutMs: number) {}

  end(reason: ExportEnd): void {
    if (!this.signal.aborted) this.controller.abort(reason);
  }

  get endReason(): ExportEnd | undefined {
    return this.signal.aborted ? (this.signal.reason as ExportEnd) : undefined;
  }

  /**
   * Waits for `progress` (a 'drain', the response finishing), which only the client's reading brings.
   * Without it for stallTimeoutMs the export is ended as stalled; rejects once the export has ended.
   */
  async whileClientReads<T>(progress: Promise<T>): Promise<T> {
    const timer = setTimeout(() => this.end('stalled'), this.stallTimeoutMs);
    let onAbort: () => void = () => undefined;
    const ended = new Promise<never>((_, reject) => {
      onAbort = () => reject(this.signal.reason);
      if (this.signal.aborted) onAbort();
      else this.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([progress, ended]);
    } finally {
      clearTimeout(timer);
      this.signal.removeEventListener('abort', onAbort);
    }
  }
}

/**
 * The exports in progress: at most maxConcurrent at a time, and on close() the service's grace period for them to
 * finish before the rest are ended. close() resolves once every export has let go of its Neo4j session.
 */
export class RunningExports {
  private readonly running = new Set<ExportControl>();
  private idle: (() => void) | undefined;
  private closing = false;
  private closed: Promise<void> | undefined;

  constructor(readonly limits: ExportLimits) {}

  /** Whether one more export may start now. */
  get hasRoom(): boolean {
    return !this.closing && this.running.size < this.limits.maxConcurrent;
  }

  /** Runs `work` as an export, or returns false at once when there is no room for it. */
  async run(work: (control: ExportControl) => Promise<void>): Promise<boolean> {
    if (!this.hasRoom) return false;
    const control = new ExportControl(this.limits.stallTimeoutMs);
    this.running.add(control);
    try {
      await work(control);
    } finally {
      this.running.delete(control);
      if (this.running.size === 0) this.idle?.();
    }
    return true;
  }

  /** Refuses new exports, lets the running ones finish until `graceOver` aborts, ends the rest and waits for them to let go. */
  close(graceOver: AbortSignal): Promise<void> {
    this.closed ??= this.drain(graceOver);
    return this.closed;
  }

  private async drain(graceOver: AbortSignal): Promise<void> {
    this.closing = true;
    if (this.running.size === 0) return;
    const allDone = new Promise<void>((resolve) => (this.idle = resolve));
    const stopWaiting = new AbortController();
    await Promise.race([allDone, graceOver.aborted ? undefined : once(graceOver, 'abort', { signal: stopWaiting.signal }).catch(() => undefined)]);
    stopWaiting.abort();
    for (const control of this.running) control.end('shutdown');
    await allDone;
  }
}
