import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { EntityKind } from '../generated/graphql';
import { readSearchState, searchParamsOf, type SearchState } from '../format/searchLocation';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useModel } from '../hooks/useModel';
import { BrowseList } from '../components/BrowseList';
import { ErrorMessage } from '../components/ErrorMessage';
import { KindFilter } from '../components/KindFilter';
import { SearchBox } from '../components/SearchBox';
import { SearchResults } from '../components/SearchResults';

/** How long typing pauses before the search runs (and the URL follows). */
const DEBOUNCE_MS = 200;

/** What the home page passes when typing there started a search: the search box takes the focus. */
export interface SearchArrival {
  typing?: boolean;
}

/**
 * Search (/search?q=...&kinds=...): results as you type (the URL follows with replace, so back does not step
 * through keystrokes; Enter or a kind filter pushes), kind filters, and with no words but one kind, that kind's list.
 */
export function SearchView() {
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  const arrival = (useLocation().state ?? {}) as SearchArrival;
  const kinds = useModel();
  const [text, setText] = useState(state.q);
  /** The words this view last wrote into the URL: a different q there came from elsewhere (back, a link). */
  const written = useRef(state.q);
  /** After a pushed entry (Enter, a filter), the next words typed push once, so that entry stays in the history. */
  const pushNext = useRef(false);
  useDocumentTitle(state.q ? `“${state.q}”` : null, 'Search');

  const go = (next: SearchState, push: boolean) => {
    written.current = next.q;
    setParams(searchParamsOf(next), { replace: !push });
  };

  useEffect(() => {
    if (state.q !== written.current) {
      written.current = state.q;
      setText(state.q);
    }
  }, [state.q]);

  useEffect(() => {
    if (text === state.q) return undefined;
    const timer = setTimeout(() => {
      go({ ...state, q: text }, pushNext.current);
      pushNext.current = false;
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, params]);

  const choose = (chosen: EntityKind[]) => {
    go({ q: text, kinds: chosen }, true);
    pushNext.current = true;
  };

  // Kinds the URL names that the API does not know are left out (and said so), never sent.
  const known = kinds.status === 'done' ? new Set<string>(kinds.data.allKinds) : null;
  const asked: SearchState = { q: state.q, kinds: known ? state.kinds.filter((kind) => known.has(kind)) : state.kinds };
  const unknown = known ? state.kinds.filter((kind) => !known.has(kind)) : [];

  return (
    <>
      <h1>Search</h1>
      <SearchBox
        value={text}
        onChange={setText}
        focus={arrival.typing === true}
        onSubmit={() => {
          if (text !== state.q) go({ ...state, q: text }, true);
          pushNext.current = true;
        }}
      />
      {kinds.status === 'error' ? <ErrorMessage error={kinds.error} what="the kinds to filter by" /> : null}
      {kinds.status === 'done' ? <KindFilter options={kinds.data.kinds} selected={asked.kinds} onChange={choose} /> : null}
      <section aria-labelledby="results-heading" className="search-results">
        <h2 id="results-heading" className="visually-hidden">Results</h2>
        {unknown.length > 0 ? <p role="alert">Not kinds of the graph, left out: {unknown.join(', ')}</p> : null}
        {kinds.status === 'loading' ? null : asked.q ? <SearchResults state={asked} /> : asked.kinds.length === 1 ? <BrowseList key={asked.kinds[0]} kind={asked.kinds[0]} /> : <p>Type words to look for in names, aliases and descriptions, or tick one kind to list all of it.</p>}
      </section>
    </>
  );
}
