import { request } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Where the explorer sends its queries: the same server's GraphQL endpoint. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Runs one of the explorer's typed operations (web/src/operations, generated into web/src/generated).
 * A failure (the server down, a timeout, a GraphQL error) rejects: views show it as an error, never as "nothing found".
 */
export function query<TResult, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  return request<TResult, TVariables>({ url: new URL(GRAPHQL_PATH, window.location.origin).toString(), document, variables, signal } as never);
}
