import { useEffect, useState } from 'react';

/** Where a load stands. While a new load runs, the last answer stays in `data`, so a view need not blank out. */
export type Load<T> = { status: 'loading'; data?: T } | { status: 'done'; data: T } | { status: 'failed'; error: Error; data?: T };

/**
 * Runs `load` whenever `key` changes (cancelling the previous run through its signal) and reports where it stands.
 * `key` is a string that holds everything the load depends on (the URL's state, say).
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)), data: previous.data }));
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key holds what load depends on
  }, [key]);
  return state;
}
