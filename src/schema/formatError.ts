import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

/** Longest message sent to a client: messages quoting user input (a 150 kB literal, a 10k-character operation name) are cut. */
export const MAX_MESSAGE_LENGTH = 300;

function capMessage(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { message } = formatted;
  return message.length <= MAX_MESSAGE_LENGTH ? formatted : { ...formatted, message: `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` };
}

/** First failed constraint of a class-validator error tree, with the dotted path of the argument. */
function firstProblem(errors: ValidationError[], prefix = ''): { argument: string; message: string } | null {
  for (const error of errors) {
    const argument = prefix ? `${prefix}.${error.property}` : error.property;
    const constraint = Object.values(error.constraints ?? {})[0];
    // class-validator says "first must not be ..."; the argument is named separately, so drop it here.
    if (constraint) return { argument, message: constraint.replace(new RegExp(`^${error.property}\\s+`), '') };
    const nested = firstProblem(error.children ?? [], argument);
    if (nested) return nested;
  }
  return null;
}

/**
 * Shapes errors for clients: validation failures become BAD_USER_INPUT naming the argument;
 * unexpected errors keep a generic message in production (details stay in the server log); every
 * message is cut to MAX_MESSAGE_LENGTH.
 */
export function createFormatError(production: boolean) {
  return (uncut: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = capMessage(uncut);
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problem = firstProblem(original.extensions.validationErrors as ValidationError[]);
      const argument = problem?.argument ?? 'unknown';
      return {
        ...formatted,
        message: `Argument "${argument}" ${problem?.message ?? 'is invalid'}.`,
        extensions: { code: 'BAD_USER_INPUT', argument },
      };
    }
    if (production && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}
