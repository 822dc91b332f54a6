import { expectNothingInternal } from './expectJsonError';

/** Error codes a refused request may carry: client errors, access, limits. Anything else (INTERNAL_SERVER_ERROR, DATABASE_ERROR) is a finding. */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'QUERY_TOO_COSTLY',
  'RESULT_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Text of Neo4j reaching a client: a Cypher error, the driver's codes, the server's classes. */
const NEO4J_TEXT = /Neo\.(Client|Database|Transient)Error|org\.neo4j|neo4j|Invalid input '|Variable `\w+` not defined|SyntaxError/i;

export interface Sent {
  status: number;
  text: string;
  body?: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
}

/** Requests sent again after the connection was reset (counted for the figures). */
export const resent: string[] = [];

/**
 * POSTs a body (an object is sent as JSON) to the endpoint; never throws on an HTTP status. A connection reset is
 * tried once more (a kept-alive connection the server closes just as a request goes out is reset); a second one is
 * answered as status 0, which problemsOf reports.
 */
export async function send(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  };
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (first) {
    resent.push(String((first as Error).cause ?? first));
    try {
      res = await fetch(url, init);
    } catch (error) {
      return { status: 0, text: `no answer: ${String((error as Error).cause ?? error)}` };
    }
  }
  const text = await res.text();
  let parsed: Sent['body'];
  try {
    parsed = JSON.parse(text) as Sent['body'];
  } catch {
    parsed = undefined;
  }
  return { status: res.status, text, body: parsed };
}

/**
 * What is wrong with an answer to hostile input, or [] when it is fine: under 500, JSON, and either data without
 * errors or errors that each carry a known client code and say nothing internal (no stack, no Neo4j text).
 */
export function problemsOf(label: string, sent: Sent, echoed: string[] = []): string[] {
  const where = `${label}: HTTP ${sent.status} ${sent.text.slice(0, 300)}`;
  if (sent.status >= 500 || sent.status === 0) return [`5xx or no answer: ${where}`];
  if (!sent.body || typeof sent.body !== 'object') return [`not a JSON object: ${where}`];
  const errors = sent.body.errors ?? [];
  if (errors.length === 0) return 'data' in sent.body ? [] : [`neither data nor errors: ${where}`];
  const problems: string[] = [];
  for (const error of errors) {
    const code = String(error.extensions?.code);
    if (!CLIENT_ERROR_CODES.has(code)) problems.push(`code ${code}: ${label}: ${String(error.message).slice(0, 300)}`);
    // The hostile value itself may be quoted back in the message; look at the rest.
    const message = echoed.reduce((m, value) => m.split(value).join(''), String(error.message));
    if (NEO4J_TEXT.test(message)) problems.push(`Neo4j text: ${label}: ${message.slice(0, 300)}`);
  }
  try {
    expectNothingInternal(sent.text);
  } catch {
    problems.push(`internal detail: ${where}`);
  }
  return problems;
}
