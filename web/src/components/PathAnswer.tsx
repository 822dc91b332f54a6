import { useId } from 'react';
import { countOf } from '../format/countOf';
import type { PathFindQuery } from '../generated/graphql';
import type { Model } from '../hooks/useModel';
import type { QueryState } from '../hooks/useQuery';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { PathResult } from './PathResult';

export interface PathAnswerProps {
  found: QueryState<PathFindQuery>;
  /** The ids asked. */
  ids: { fromId: string; toId: string };
  maxLength: number;
  /** Paths asked for at most. */
  shown: number;
  /** The kinds and relationship types (for the drawings' colours and the types' meanings). */
  model: QueryState<Model>;
}

/** What the API answered for a pair: the paths, "no path within N steps", an unknown id, or the error. */
export function PathAnswer({ found, ids, maxLength, shown, model }: PathAnswerProps) {
  const heading = useId();
  if (found.status === 'error') return <ErrorMessage error={found.error} what="the paths" />;
  if (model.status === 'error') return <ErrorMessage error={model.error} what="the kinds and relationship types" />;
  if (found.status === 'loading' || model.status === 'loading') return <Loading what="the paths" />;
  const { from, to, allShortestPaths: paths } = found.data;
  const { allKinds, meanings } = model.data;
  if (!from || !to) {
    return (
      <div role="alert">
        {from ? null : <p>No entity has the id “{ids.fromId}”.</p>}
        {to ? null : <p>No entity has the id “{ids.toId}”.</p>}
      </div>
    );
  }
  return (
    <section className="path-answer" aria-labelledby={heading}>
      <h2 id={heading}>
        {from.name} to {to.name}
      </h2>
      {from.id === to.id ? (
        <p>From and to are the same entity: pick two different ones.</p>
      ) : paths.length === 0 ? (
        <p>No path within {countOf(maxLength, 'step', 'steps')}.</p>
      ) : (
        <>
          <p>
            {paths.length === shown ? `The first ${shown} shortest paths` : countOf(paths.length, 'shortest path', 'shortest paths')}, {countOf(paths[0].length, 'step', 'steps')}
            {paths.length === 1 ? '.' : ' each.'}
          </p>
          {paths.map((path, index) => (
            <PathResult key={index} path={path} number={index + 1} allKinds={allKinds} meanings={meanings} />
          ))}
        </>
      )}
    </section>
  );
}
