import { Link } from 'react-router';
import type { StatsQuery } from '../generated/graphql';
import type { Model } from '../hooks/useModel';
import { kindLabel } from '../format/kindLabel';
import { searchPath } from '../format/searchLocation';

export interface NetworkAtAGlanceProps {
  stats: StatsQuery['stats'];
  /** The model's kinds and relationship types, with descriptions and meanings (useModel). */
  model: Model;
}

/**
 * How many entities of each kind the graph holds (the model's order, each with its description and a link to the
 * list of that kind), then how many relationships of each type, with its meaning.
 */
export function NetworkAtAGlance({ stats, model: { kinds, relationshipTypes } }: NetworkAtAGlanceProps) {
  const counts = new Map(stats.map((row) => [row.kind, row.count]));
  return (
    <>
      <ul className="glance">
        {kinds.map(({ kind, description }) => (
          <li key={kind}>
            <Link to={searchPath({ q: '', kinds: [kind] })}>
              <span className="glance-count">{counts.get(kind) ?? 0}</span> <span className="glance-kind">{kindLabel(kind)}</span>
            </Link>
            <p>{description}</p>
          </li>
        ))}
      </ul>
      <details className="glance-relationships">
        <summary>Relationships by type</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Relationships by type</caption>
            <thead>
              <tr><th scope="col">Type</th><th scope="col">Meaning</th><th scope="col" className="number">How many</th></tr>
            </thead>
            <tbody>
              {relationshipTypes.map(({ type, meaning }) => (
                <tr key={type}><th scope="row"><code>{type}</code></th><td>{meaning}</td><td className="number">{counts.get(type) ?? 0}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
