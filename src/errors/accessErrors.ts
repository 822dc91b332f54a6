import { GraphQLError } from 'graphql';

/** No key, or a key that is unknown, malformed or revoked, where one is needed: HTTP 401 with a Bearer challenge. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="scn-graph"']]) } } });
}

/** A valid key whose role does not allow this: HTTP 403. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
