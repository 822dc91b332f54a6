import { useState } from 'react';
import type { PropertyClaimFieldsFragment, RelationshipFieldsFragment } from '../generated/graphql';
import { RelationshipRow } from './RelationshipRow';

/** How many rows a group shows before "Show all". */
const FIRST_ROWS = 8;

export interface RelationshipGroupProps {
  entityId: string;
  type: string;
  /** The type's one-line meaning, from the API. */
  meaning?: string;
  relationships: readonly RelationshipFieldsFragment[];
  /** The properties of one relationship, from claims. */
  propertiesOf: (relationship: RelationshipFieldsFragment) => readonly PropertyClaimFieldsFragment[];
}

/** The relationships of one type, under the type and its meaning; the first few, then all on request. */
export function RelationshipGroup({ entityId, type, meaning, relationships, propertiesOf }: RelationshipGroupProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? relationships : relationships.slice(0, FIRST_ROWS);
  const headingId = `relationship-type-${type}`;
  return (
    <section aria-labelledby={headingId} className="relationship-group">
      <h3 id={headingId}>
        <code>{type}</code> <span className="count">({relationships.length})</span>
      </h3>
      {meaning ? <p className="meaning">{meaning}</p> : null}
      <ul className="relationships">
        {shown.map((relationship) => (
          <RelationshipRow key={`${relationship.from.id} ${relationship.to.id}`} entityId={entityId} relationship={relationship} properties={propertiesOf(relationship)} />
        ))}
      </ul>
      {relationships.length > FIRST_ROWS ? (
        <button type="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? <>Show the first {FIRST_ROWS} only</> : <>Show all {relationships.length} <code>{type}</code></>}
        </button>
      ) : null}
    </section>
  );
}
