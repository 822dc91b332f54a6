import { NO_ANSWER, type Answer } from './load';

/** A download as a client saw it: an Answer, plus how much came and the longest wait for the next bytes. */
export interface Download extends Answer {
  bytes: number;
  /** Longest time without a byte: before the headers, between two chunks, or before the end. */
  maxGapMs: number;
  /** The client stopped reading on purpose (after `abortAfterBytes`). */
  abortedByClient: boolean;
}

/** Code given to a download whose transfer broke off before its end (the server cut it, or stopped sending). */
export const CUT = 'CUT';

/**
 * GETs `${base}${path}` and reads the body to its end, never throwing, without keeping it. With
 * `abortAfterBytes` the client goes away once that much has come (an aborted download). A wait of more than
 * `gapLimitMs` for the headers or for the next bytes ends the download as NO_ANSWER; a transfer that
 * breaks off (no last chunk) is CUT. A refusal (not 200) carries the JSON error's code.
 */
export async function download(base: string, shape: string, path: string, options: { gapLimitMs: number; abortAfterBytes?: number }): Promise<Download> {
  const started = Date.now();
  const controller = new AbortController();
  let last = started;
  let maxGapMs = 0;
  let bytes = 0;
  let stalled = false;
  const watchdog = setInterval(() => {
    if (Date.now() - last > options.gapLimitMs) {
      stalled = true;
      controller.abort();
    }
  }, 250);
  const answer = (status: number, codes: string[], abortedByClient = false): Download => {
    maxGapMs = Math.max(maxGapMs, Date.now() - last);
    return { shape, status, ms: Date.now() - started, codes, at: Date.now(), bytes, maxGapMs, abortedByClient };
  };
  try {
    const res = await fetch(`${base}${path}`, { signal: controller.signal });
    maxGapMs = Date.now() - last;
    last = Date.now();
    if (res.status !== 200) {
      const body = (await res.json().catch(() => undefined)) as { error?: { code?: string } } | undefined;
      return answer(res.status, [String(body?.error?.code ?? 'NOT_JSON')]);
    }
    const reader = res.body!.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        maxGapMs = Math.max(maxGapMs, Date.now() - last);
        last = Date.now();
        if (done) return answer(200, []);
        bytes += value.byteLength;
        if (options.abortAfterBytes !== undefined && bytes >= options.abortAfterBytes) {
          controller.abort();
          return answer(200, [], true);
        }
      }
    } catch {
      return answer(200, [stalled ? NO_ANSWER : CUT]);
    }
  } catch {
    return answer(0, [NO_ANSWER]);
  } finally {
    clearInterval(watchdog);
  }
}
