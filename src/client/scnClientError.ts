/** One GraphQL error as the API sends it: a plain message, `extensions.code` and, for bad input, the argument. */
export interface ScnGraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; argument?: string; requestId?: string; [key: string]: unknown };
}

/**
 * What the client throws when a request fails: a GraphQL error from the API (`code` is its `extensions.code`,
 * e.g. BAD_USER_INPUT with `argument`), an HTTP failure without GraphQL errors (`code` null, `status` set), or the
 * server not answering (`status` null; the network error is the `cause`).
 */
export class ScnClientError extends Error {
  override readonly name = 'ScnClientError';

  constructor(
    message: string,
    /** extensions.code of the first GraphQL error; null when the answer had none. */
    readonly code: string | null,
    /** Every GraphQL error of the answer. */
    readonly errors: readonly ScnGraphQLError[],
    /** The HTTP status, when there was an answer. */
    readonly status: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The argument a BAD_USER_INPUT or NOT_FOUND error names, if any. */
  get argument(): string | undefined {
    return this.errors[0]?.extensions?.argument;
  }
}
