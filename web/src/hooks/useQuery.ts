import { useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { query } from '../api';

/** Where a query stands: asking (with the previous answer, if any, to keep showing), failed (the error to show), or answered. */
export type QueryState<TResult> =
  | { status: 'loading'; previous?: TResult }
  | { status: 'error'; error: Error }
  | { status: 'done'; data: TResult };

/**
 * Runs a typed operation whenever its variables change (compared by value), aborting the previous request.
 * `skip` asks nothing (e.g. an empty search). Failures are errors, never an empty answer.
 */
export function useQuery<TResult, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, skip = false): QueryState<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    setState((last) => ({ status: 'loading', previous: last.status === 'done' ? last.data : last.status === 'loading' ? last.previous : undefined }));
    query(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);
  return state;
}
