import { useEffect, useState } from 'react';
import type { QueryState } from './useQuery';

/**
 * Like useQuery, for a load that is more than one operation (the network view's neighbourhoods, merged): runs
 * `load` whenever `key` changes (cancelling the previous run through its signal), keeping the previous answer
 * while the next loads. `key` holds everything the load depends on (the URL's state, say).
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState((last) => ({ status: 'loading', previous: last.status === 'done' ? last.data : last.status === 'loading' ? last.previous : undefined }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds what load depends on
  }, [key]);
  return state;
}
