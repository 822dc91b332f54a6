import type { QueryState } from '../hooks/useQuery';

/** A query's state with its answer narrowed to the rows a panel shows. */
export function selectRows<TResult, Row>(state: QueryState<TResult>, rows: (data: TResult) => Row[]): QueryState<Row[]> {
  if (state.status === 'done') return { status: 'done', data: rows(state.data) };
  if (state.status === 'error') return state;
  return { status: 'loading' };
}
