import { useState } from 'react';
import { BrowseKindDocument, type BrowseKindQueryVariables, type EntityKind, type ListedEntityFragment } from '../generated/graphql';
import { kindLabel } from '../format/kindLabel';
import { useQuery } from '../hooks/useQuery';
import { ErrorMessage } from './ErrorMessage';
import { ListedEntity } from './ListedEntity';
import { ResultCount } from './ResultCount';

/** Entities asked for per page. */
const PAGE = 50;

/** Every entity of one kind, in its list's order, a page at a time ("Show more"). Key it by kind. */
export function BrowseList({ kind }: { kind: EntityKind }) {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<ListedEntityFragment[]>([]);
  const variables: BrowseKindQueryVariables = { first: PAGE, after, [kind]: true };
  const result = useQuery(BrowseKindDocument, variables);
  const page = result.status === 'done' ? result.data[kind] : undefined;
  const items = [...earlier, ...(page?.edges.map((edge) => edge.node) ?? [])];
  const label = kindLabel(kind);
  const count = page ? `${page.totalCount} of kind ${label}${page.totalCount > items.length ? `, the first ${items.length} shown` : ''}` : result.status === 'loading' ? `Loading ${label}…` : '';
  return (
    <>
      <ResultCount text={result.status === 'error' ? 'The list failed to load.' : count} />
      {result.status === 'error' ? <ErrorMessage error={result.error} what={`the list of ${label}`} /> : null}
      {items.length > 0 ? (
        <ol className="results">
          {items.map((entity) => <ListedEntity key={entity.id} entity={entity} />)}
        </ol>
      ) : null}
      {page?.pageInfo.hasNextPage ? (
        <button
          type="button"
          onClick={() => {
            setEarlier(items);
            setAfter(page.pageInfo.endCursor);
          }}
        >
          Show more
        </button>
      ) : null}
    </>
  );
}
