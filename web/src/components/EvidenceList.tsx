import type { EvidenceFieldsFragment, FactBasis } from '../generated/graphql';
import { EvidenceItem } from './EvidenceItem';

export interface EvidenceListProps {
  /** The evidence (spread `...EvidenceFields` in the operation). */
  evidence: readonly EvidenceFieldsFragment[];
  /** A relationship's basis: REFERENCE says "reference data" (such facts have no evidence). */
  basis?: FactBasis;
  /** Show this many, the rest behind a <details> ("n more"); all when omitted. */
  collapseAfter?: number;
}

/** Why the graph holds a fact: each excerpt with its source, each citation with its page; or "reference data". */
export function EvidenceList({ evidence, basis, collapseAfter }: EvidenceListProps) {
  if (evidence.length === 0) {
    return <p className="evidence-none">{basis === 'REFERENCE' ? 'Reference data (no source needs to state it)' : 'No evidence given'}</p>;
  }
  const shown = collapseAfter === undefined ? evidence : evidence.slice(0, collapseAfter);
  const rest = evidence.slice(shown.length);
  return (
    <div className="evidence-list">
      {basis === 'REFERENCE' ? <p className="evidence-none">Reference data</p> : null}
      <ul>
        {shown.map((item, index) => <EvidenceItem key={index} evidence={item} />)}
      </ul>
      {rest.length > 0 ? (
        <details>
          <summary>{rest.length} more {rest.length === 1 ? 'piece' : 'pieces'} of evidence</summary>
          <ul>
            {rest.map((item, index) => <EvidenceItem key={index} evidence={item} />)}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
