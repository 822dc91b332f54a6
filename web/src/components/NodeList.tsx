import { useId } from 'react';
import { countOf } from '../format/countOf';
import type { NetworkNode } from '../network/loadNetwork';
import { KindLabel } from './KindLabel';
import { KindSwatch } from './KindSwatch';

export interface NodeListProps {
  nodes: readonly NetworkNode[];
  allKinds: readonly string[];
  centreId: string;
  expanded: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The drawing's entities for keyboards and screen readers: each a button that selects it (and shows its panel). */
export function NodeList({ nodes, allKinds, centreId, expanded, selectedId, onSelect }: NodeListProps) {
  const heading = useId();
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>Entities ({nodes.length})</h2>
      <ul className="node-list" aria-label={countOf(nodes.length, 'entity', 'entities')}>
        {nodes.map((node) => (
          <li key={node.id}>
            <button type="button" className="node-button" aria-pressed={node.id === selectedId} onClick={() => onSelect(node.id)}>
              <KindSwatch kind={node.kind} allKinds={allKinds} />
              <span>{node.name}</span>
            </button>{' '}
            <KindLabel kind={node.kind} />
            {node.id === centreId ? <span className="hint"> centre</span> : null}
            {expanded.includes(node.id) ? <span className="hint"> expanded</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
