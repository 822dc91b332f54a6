import { useMemo, useState } from 'react';
import { EntityRelationshipsDocument, type EntityPageQuery, type RelationshipFieldsFragment } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { RelationshipGroup } from './RelationshipGroup';

/** Relationships asked for at first; "Show every relationship" asks for the API's most. */
const FIRST = 100;
const MOST = 500;

type RelationshipClaims = NonNullable<EntityPageQuery['claims']>['relationships'][number];

export interface EntityRelationshipsProps {
  entityId: string;
  /** What the sources state about each relationship (its properties), from the entity's claims. */
  claims: readonly RelationshipClaims[];
  /** Each relationship type's one-line meaning, from the API. */
  meanings?: ReadonlyMap<string, string>;
}

const claimKey = (type: string, direction: string, otherId: string) => `${type} ${direction} ${otherId}`;

/** Every relationship of an entity, grouped by type (in the API's order), each with its properties and evidence. */
export function EntityRelationships({ entityId, claims, meanings }: EntityRelationshipsProps) {
  const [first, setFirst] = useState(FIRST);
  const state = useQuery(EntityRelationshipsDocument, { id: entityId, first });
  const claimsByKey = useMemo(() => new Map(claims.map((claim) => [claimKey(claim.type, claim.direction, claim.other.id), claim.properties])), [claims]);
  const propertiesOf = (relationship: RelationshipFieldsFragment) => {
    const outgoing = relationship.from.id === entityId;
    return claimsByKey.get(claimKey(relationship.type, outgoing ? 'OUT' : 'IN', outgoing ? relationship.to.id : relationship.from.id)) ?? [];
  };
  if (state.status === 'loading') return <Loading what="relationships" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} what="the relationships" />;
  const relationships = state.data.node?.relationships ?? [];
  if (relationships.length === 0) return <p>No relationships.</p>;
  const groups = new Map<string, RelationshipFieldsFragment[]>();
  for (const relationship of relationships) groups.set(relationship.type, [...(groups.get(relationship.type) ?? []), relationship]);
  return (
    <>
      {[...groups].map(([type, rows]) => (
        <RelationshipGroup key={type} entityId={entityId} type={type} meaning={meanings?.get(type)} relationships={rows} propertiesOf={propertiesOf} />
      ))}
      {relationships.length === first && first < MOST ? (
        <p><button type="button" onClick={() => setFirst(MOST)}>Show every relationship (more than {first})</button></p>
      ) : null}
    </>
  );
}
