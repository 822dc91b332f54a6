import type { PropertyClaimFieldsFragment } from '../generated/graphql';
import { ClaimValue } from './ClaimValue';
import { EntityLink } from './EntityLink';

/** Every value the sources state for one property, the one the graph holds first, each with the sources that state it. */
export function PropertyClaimsView({ claims }: { claims: PropertyClaimFieldsFragment }) {
  return (
    <ul className="claims">
      {claims.claims.map((claim) => (
        <li key={claim.value}>
          <strong><ClaimValue property={claims.property} value={claim.value} /></strong>
          {claim.chosen ? <span className="held"> (the value the graph holds)</span> : null}
          <span className="claim-sources">
            {' '}stated by{' '}
            {claim.sources.map((source, index) => (
              <span key={source.id}>{index > 0 ? '; ' : null}<EntityLink entity={source} hideKind /></span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
