import { Link } from 'react-router';
import { entityPath } from '../format/entityPath';
import { graphPath } from '../format/graphPath';
import type { NetworkNode } from '../network/loadNetwork';
import { KindLabel } from './KindLabel';

export interface NodePanelProps {
  /** The selected entity, or null. */
  node: NetworkNode | null;
  /** Its kind's description (from the API). */
  kindDescription?: string;
  /** Expanding adds nothing: it is the centre or already expanded. */
  expandable: boolean;
  onExpand: (id: string) => void;
}

/** The entity selected in the network view: its kind, name and description, its page, and Expand. */
export function NodePanel({ node, kindDescription, expandable, onExpand }: NodePanelProps) {
  if (!node) {
    return (
      <section className="node-panel" aria-labelledby="node-panel-heading" aria-live="polite">
        <h2 id="node-panel-heading">Selected entity</h2>
        <p>Select an entity in the drawing or in the list of entities to see it here.</p>
      </section>
    );
  }
  return (
    <section className="node-panel" aria-labelledby="node-panel-heading" aria-live="polite">
      <h2 id="node-panel-heading">{node.name}</h2>
      <p>
        <KindLabel kind={node.kind} />
        {kindDescription ? <span className="hint"> {kindDescription}</span> : null}
      </p>
      {node.description ? <p>{node.description}</p> : null}
      <ul className="node-panel-actions">
        <li><Link to={entityPath(node.id)}>Entity page</Link></li>
        <li><Link to={graphPath(node.id)}>Centre the network here</Link></li>
      </ul>
      <button type="button" onClick={() => onExpand(node.id)} disabled={!expandable}>
        {expandable ? 'Expand' : 'Expanded'}
      </button>
    </section>
  );
}
