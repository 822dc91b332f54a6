import { performance } from 'node:perf_hooks';

/** Posts a JSON body and returns the answer's `data`; throws on an HTTP error or a GraphQL error. */
export async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || answer.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${answer.errors?.map((e) => e.message).join('; ') ?? 'no body'}`);
  }
  return answer.data;
}

/** What one side collected over all its rounds at one concurrency. */
export interface Sample {
  latenciesMs: number[];
  wallMs: number;
  requests: number;
  errors: number;
  firstError?: string;
}

export function emptySample(): Sample {
  return { latenciesMs: [], wallMs: 0, requests: 0, errors: 0 };
}

/**
 * One round: `requests` calls of `send`, at most `concurrency` in flight (each worker sends the next as soon
 * as its previous one answers); with `deadline` (a performance.now() time), no call starts after it.
 * Adds each latency and the round's wall time to `sample`.
 */
export async function runRound(send: () => Promise<unknown>, requests: number, concurrency: number, sample: Sample, deadline = Infinity): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < requests && performance.now() < deadline) {
      next += 1;
      const start = performance.now();
      try {
        await send();
        sample.latenciesMs.push(performance.now() - start);
      } catch (error) {
        sample.errors += 1;
        sample.firstError ??= (error as Error).message;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  sample.wallMs += performance.now() - start;
  sample.requests += next;
}

/** Requests per second and latency percentiles (ms) of one side at one concurrency. */
export interface Summary {
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
  firstError?: string;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function summarize(sample: Sample): Summary {
  const sorted = [...sample.latenciesMs].sort((a, b) => a - b);
  return {
    rps: round(sample.wallMs > 0 ? (sample.latenciesMs.length * 1000) / sample.wallMs : 0),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    requests: sample.requests,
    errors: sample.errors,
    ...(sample.firstError ? { firstError: sample.firstError } : {}),
  };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
