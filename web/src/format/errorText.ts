import { ClientError } from 'graphql-request';

/** A failure in one readable line: the API's own message (with its code), not the request echoed back. */
export function errorText(error: Error): string {
  if (error instanceof ClientError) {
    const first = error.response.errors?.[0];
    const code = first?.extensions?.code;
    const requestId = first?.extensions?.requestId;
    const message = first?.message ?? `The server answered HTTP ${error.response.status}.`;
    return [message, code ? `(${String(code)})` : '', requestId ? `Request id: ${String(requestId)}.` : ''].filter(Boolean).join(' ');
  }
  return error.message;
}
