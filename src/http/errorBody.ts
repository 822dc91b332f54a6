/** The body of every error the HTTP layer answers itself, shaped like a GraphQL response so clients parse one format. */
export function errorBody(message: string, code: string, extensions: Record<string, string> = {}): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
