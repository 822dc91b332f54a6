import { GraphQLError } from 'graphql';

/** A client error about one argument: code BAD_USER_INPUT and a message that names the argument. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
