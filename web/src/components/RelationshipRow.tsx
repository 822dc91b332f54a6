import type { PropertyClaimFieldsFragment, RelationshipFieldsFragment } from '../generated/graphql';
import { fieldLabel } from '../format/fieldLabel';
import { ClaimValue } from './ClaimValue';
import { EntityLink } from './EntityLink';
import { EvidenceList } from './EvidenceList';

export interface RelationshipRowProps {
  /** The entity whose page this is: the row names the other end, "to" or "from" it. */
  entityId: string;
  relationship: RelationshipFieldsFragment;
  /** The relationship's own properties as the sources state them (e.g. when a city joined), from claims. */
  properties?: readonly PropertyClaimFieldsFragment[];
}

/** One relationship seen from an entity: its direction, the other end, its properties and its evidence. */
export function RelationshipRow({ entityId, relationship, properties = [] }: RelationshipRowProps) {
  const outgoing = relationship.from.id === entityId;
  const other = outgoing ? relationship.to : relationship.from;
  return (
    <li className="relationship">
      <p className="relationship-end">
        <span className="direction"><span aria-hidden="true">{outgoing ? '→' : '←'}</span> {outgoing ? 'to' : 'from'}</span>{' '}
        <EntityLink entity={other} />
      </p>
      {properties.length > 0 ? (
        <dl className="relationship-properties">
          {properties.filter((property) => property.value !== null).map((property) => (
            <div key={property.property}>
              <dt>{fieldLabel(property.property)}</dt>
              <dd>
                <ClaimValue property={property.property} value={property.value ?? ''} />
                {property.agreement === 'CONFLICT' ? <span className="held"> (sources disagree: see below)</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <EvidenceList evidence={relationship.evidence} basis={relationship.basis} collapseAfter={1} />
    </li>
  );
}
