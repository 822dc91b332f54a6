import { SearchDocument } from '../generated/graphql';
import type { SearchState } from '../format/searchLocation';
import { useQuery } from '../hooks/useQuery';
import { ErrorMessage } from './ErrorMessage';
import { ListedEntity } from './ListedEntity';
import { MatchExplanation } from './MatchExplanation';
import { ResultCount } from './ResultCount';

/** How many hits a search asks for (the API's most is 100). */
export const SEARCH_FIRST = 50;

function countText(hits: number, text: string): string {
  if (hits === 0) return `No results for “${text}”.`;
  return `${hits === SEARCH_FIRST ? 'The first ' : ''}${hits} ${hits === 1 ? 'result' : 'results'} for “${text}”`;
}

/** The hits of a search, best first, each with why it matched; the count announced politely. */
export function SearchResults({ state }: { state: SearchState }) {
  const result = useQuery(SearchDocument, { text: state.q, kinds: state.kinds.length > 0 ? state.kinds : null, first: SEARCH_FIRST });
  const hits = (result.status === 'done' ? result.data : result.status === 'loading' ? result.previous : undefined)?.search ?? [];
  return (
    <>
      <ResultCount text={result.status === 'loading' ? 'Searching…' : result.status === 'error' ? 'The search failed.' : countText(hits.length, state.q)} />
      {result.status === 'error' ? <ErrorMessage error={result.error} what="the search results" /> : null}
      {hits.length > 0 ? (
        <ol className="results">
          {hits.map((hit) => (
            <ListedEntity key={hit.entity.id} entity={hit.entity} why={hit.matches.map((match, index) => <MatchExplanation key={index} match={match} />)} />
          ))}
        </ol>
      ) : null}
    </>
  );
}
