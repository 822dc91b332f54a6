import type { EntityKind } from '../generated/graphql';

/** What the search view shows, as its URL holds it: /search?q=durres&kinds=City,Workshop. */
export interface SearchState {
  q: string;
  kinds: EntityKind[];
}

/** The search state in a URL's query string (missing parts are empty). */
export function readSearchState(params: URLSearchParams): SearchState {
  const kinds = (params.get('kinds') ?? '').split(',').filter(Boolean) as EntityKind[];
  return { q: params.get('q') ?? '', kinds };
}

/** The query string of a search state, leaving out what is empty. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kinds.length > 0) params.set('kinds', state.kinds.join(','));
  return params;
}

/** The search view's address for a state: "/search?q=durres&kinds=City". */
export function searchPath(state: SearchState): string {
  const query = searchParamsOf(state).toString();
  return query ? `/search?${query}` : '/search';
}
