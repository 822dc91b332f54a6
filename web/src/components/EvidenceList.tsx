import type { EvidenceFieldsFragment, FactBasis } from '../generated/graphql';
import { EvidenceItem } from './EvidenceItem';
import { ListThenMore } from './ListThenMore';

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
  return (
    <div className="evidence-list">
      {basis === 'REFERENCE' ? <p className="evidence-none">Reference data</p> : null}
      <ListThenMore items={evidence} first={collapseAfter} more={(rest) => `${rest} more ${rest === 1 ? 'piece' : 'pieces'} of evidence`}>
        {(item, index) => <EvidenceItem key={index} evidence={item} />}
      </ListThenMore>
    </div>
  );
}
