import { percentile } from '../../bench/measure';

/** One answer as a client saw it. */
export interface Answer {
  /** What was asked (a shape name, "write", "/export"…). */
  shape: string;
  /** HTTP status; 0 when the connection closed without a complete answer or the client gave up. */
  status: number;
  ms: number;
  /** `extensions.code` of each GraphQL error (or the JSON error's code); empty for a success. */
  codes: string[];
  body?: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };
  headers?: Headers;
  /** The parsed JSON body of a GET (getJson). */
  content?: unknown;
  /** When the answer arrived (Date.now()). */
  at: number;
  /** For status 0: the network error's code (ECONNREFUSED: refused, nothing sent; ECONNRESET, UND_ERR_SOCKET: cut). */
  cause?: string;
}

/** Code given to an answer that never came whole (connection cut, or no answer within the client's limit). */
export const NO_ANSWER = 'NO_ANSWER';
/** Code given to a GET answer whose body was cut off after its status and headers came (an export that Neo4j failed). */
export const CONNECTION_CLOSED = 'CONNECTION_CLOSED';

/** POSTs a GraphQL request and returns what came back, never throwing: a cut connection is status 0, code NO_ANSWER. */
export async function postGraphql(
  base: string,
  shape: string,
  body: { query: string; variables?: Record<string, unknown> },
  options: { headers?: Record<string, string>; timeoutMs: number },
): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await res.text();
    let parsed: Answer['body'];
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      return { shape, status: res.status, ms: Date.now() - started, codes: [`NOT_JSON`], at: Date.now() };
    }
    const codes = (parsed?.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
    return { shape, status: res.status, ms: Date.now() - started, codes, body: parsed, headers: res.headers, at: Date.now() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { shape, status: 0, ms: Date.now() - started, codes: [NO_ANSWER], at: Date.now(), cause };
  }
}

/**
 * GETs a JSON path (`/health`, `/export?format=json`) and returns what came back, never throwing: the parsed body
 * in `content`, the error code of a JSON error body (`{error: "CODE"}` or `{error: {code}}`) in `codes`. No answer at
 * all is status 0, NO_ANSWER; a body cut off after the headers keeps its status, with code CONNECTION_CLOSED.
 * `ms` is the time to the status and headers: a streamed body (an export) takes as long as the graph is big.
 */
export async function getJson(base: string, shape: string, path: string, options: { timeoutMs: number }): Promise<Answer> {
  const started = Date.now();
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(options.timeoutMs) });
  } catch {
    return { shape, status: 0, ms: Date.now() - started, codes: [NO_ANSWER], at: Date.now() };
  }
  const ms = Date.now() - started;
  let content: unknown;
  try {
    content = JSON.parse(await res.text());
  } catch {
    return { shape, status: res.status, ms, codes: [CONNECTION_CLOSED], headers: res.headers, at: Date.now() };
  }
  const error = (content as { error?: string | { code?: string } } | null)?.error;
  const codes = res.status === 200 ? [] : [typeof error === 'string' ? error : String(error?.code ?? 'NO_CODE')];
  return { shape, status: res.status, ms, codes, content, headers: res.headers, at: Date.now() };
}

/** Runs `clients` loops of `work` (client number, turn) until `running()` turns false; resolves when all have stopped. */
export async function runClients(clients: number, running: () => boolean, work: (client: number, turn: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let turn = 0; running(); turn += 1) await work(client, turn);
    }),
  );
}

export interface Tally {
  requests: number;
  /** Answers by HTTP status and error code ("200", "503 DATABASE_UNAVAILABLE", "0 NO_ANSWER"). */
  byOutcome: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Counts and latency percentiles of a set of answers. */
export function tally(answers: readonly Answer[]): Tally {
  const byOutcome: Record<string, number> = {};
  for (const a of answers) {
    const key = a.codes.length ? `${a.status} ${[...new Set(a.codes)].sort().join('+')}` : String(a.status);
    byOutcome[key] = (byOutcome[key] ?? 0) + 1;
  }
  const ms = answers.map((a) => a.ms).sort((x, y) => x - y);
  return { requests: answers.length, byOutcome, p50Ms: ms.length ? percentile(ms, 0.5) : 0, p99Ms: ms.length ? percentile(ms, 0.99) : 0, maxMs: ms[ms.length - 1] ?? 0 };
}
