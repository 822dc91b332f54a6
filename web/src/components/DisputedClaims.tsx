import type { EntityPageQuery } from '../generated/graphql';
import { fieldLabel } from '../format/fieldLabel';
import { EntityLink } from './EntityLink';
import { PropertyClaimsView } from './PropertyClaimsView';

type EntityClaims = NonNullable<EntityPageQuery['claims']>;

/**
 * What sources disagree on (CONFLICT): each disputed property of the entity, and of its relationships, with every
 * value and the sources that state it. Nothing when the sources agree (refinements are not disputes).
 */
export function DisputedClaims({ claims }: { claims: EntityClaims }) {
  const own = claims.properties.filter((property) => property.agreement === 'CONFLICT');
  const ofRelationships = claims.relationships.flatMap((relationship) =>
    relationship.properties.filter((property) => property.agreement === 'CONFLICT').map((property) => ({ relationship, property })));
  if (own.length === 0 && ofRelationships.length === 0) return null;
  return (
    <section aria-labelledby="disputes-heading" className="disputes">
      <h2 id="disputes-heading">Sources disagree</h2>
      {own.map((property) => (
        <div key={property.property} className="dispute">
          <h3>{fieldLabel(property.property)}</h3>
          <PropertyClaimsView claims={property} />
        </div>
      ))}
      {ofRelationships.map(({ relationship, property }) => (
        <div key={`${relationship.type} ${relationship.direction} ${relationship.other.id} ${property.property}`} className="dispute">
          <h3>
            {fieldLabel(property.property)} of <code>{relationship.type}</code> {relationship.direction === 'OUT' ? 'to' : 'from'} <EntityLink entity={relationship.other} hideKind />
          </h3>
          <PropertyClaimsView claims={property} />
        </div>
      ))}
    </section>
  );
}
