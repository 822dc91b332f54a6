import { GraphQLError } from 'graphql';

/** An id argument that names nothing of the kind the query needs: code NOT_FOUND and a message naming the argument. */
export function notFound(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, { extensions: { code: 'NOT_FOUND', argument } });
}
