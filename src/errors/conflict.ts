import { GraphQLError } from 'graphql';

/** A write that would undo or clash with what is stored now (an id taken, a change changed since): code CONFLICT, HTTP 409. */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', http: { status: 409 } } });
}
