import type { EntityRefFragment, PathFindQuery } from '../generated/graphql';
import { EntityLink } from './EntityLink';
import { EvidenceList } from './EvidenceList';
import { RelationshipType } from './RelationshipType';

export type PathRelationship = PathFindQuery['allShortestPaths'][number]['relationships'][number];

export interface PathStepProps {
  /** The entity the step leaves from, and the one it reaches (in the path's order). */
  from: EntityRefFragment;
  to: EntityRefFragment;
  relationship: PathRelationship;
  /** The relationship type's meaning (from the API). */
  meaning?: string;
}

/**
 * One step of a path: entity → relationship type → entity, the arrow pointing the way the relationship is stated
 * (a step may walk it backwards), with the evidence that states it.
 */
export function PathStep({ from, to, relationship, meaning }: PathStepProps) {
  const forward = relationship.from.id === from.id;
  return (
    <li className="path-step">
      <p className="path-step-line">
        <EntityLink entity={from} />{' '}
        <span className="path-step-relationship">
          <span aria-hidden="true">{forward ? '—' : '←'}</span>
          <RelationshipType type={relationship.type} />
          <span aria-hidden="true">{forward ? '→' : '—'}</span>
        </span>{' '}
        <EntityLink entity={to} />
      </p>
      <p className="hint">
        {forward ? null : <>Stated the other way: {to.name} {relationship.type} {from.name}. </>}
        {meaning ? <>{relationship.type}: {meaning}.</> : null}
      </p>
      <EvidenceList evidence={relationship.evidence} basis={relationship.basis} collapseAfter={2} />
    </li>
  );
}
