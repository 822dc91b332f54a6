/**
 * What to tell a person when a request failed: the API's own message for a GraphQL error (graphql-request puts the
 * answer on `response`), otherwise the error's message (the network is down, the server did not answer).
 */
export function errorMessage(error: Error): string {
  const response = (error as { response?: { errors?: { message?: string }[]; status?: number } }).response;
  const first = response?.errors?.[0]?.message;
  if (first) return first;
  if (response?.status) return `The server answered with HTTP ${response.status}.`;
  return error.message;
}
