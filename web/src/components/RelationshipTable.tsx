import { useId } from 'react';
import type { NetworkNode, NetworkRelationship } from '../network/loadNetwork';
import { EntityLink } from './EntityLink';
import { RelationshipType } from './RelationshipType';

export interface RelationshipTableProps {
  relationships: readonly NetworkRelationship[];
  nodes: readonly NetworkNode[];
  /** Each type's meaning (from the API), shown under it. */
  meanings: ReadonlyMap<string, string>;
}

/** The drawing's relationships as a table: from, type (with its meaning), to; each end links to its page. */
export function RelationshipTable({ relationships, nodes, meanings }: RelationshipTableProps) {
  const heading = useId();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const end = (id: string) => {
    const node = byId.get(id);
    return node ? <EntityLink entity={node} hideKind /> : id;
  };
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>Relationships ({relationships.length})</h2>
      {relationships.length === 0 ? (
        <p>No relationships among these entities.</p>
      ) : (
        <table className="relationship-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relationship</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {relationships.map((relationship) => (
              <tr key={relationship.key}>
                <td>{end(relationship.from)}</td>
                <td>
                  <RelationshipType type={relationship.type} />
                  {meanings.has(relationship.type) ? <span className="hint"> {meanings.get(relationship.type)}</span> : null}
                </td>
                <td>{end(relationship.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
