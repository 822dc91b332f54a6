import { Link } from 'react-router';
import type { EntityRefFragment } from '../generated/graphql';
import { entityPath } from '../format/entityPath';
import { KindLabel } from './KindLabel';

export interface EntityLinkProps {
  /** Any entity with its id, kind and name (spread `...EntityRef` in the operation). */
  entity: EntityRefFragment;
  /** Leave the kind label out (where the context already says it). */
  hideKind?: boolean;
}

/** An entity's name linking to its page, with its kind as a small label. */
export function EntityLink({ entity, hideKind = false }: EntityLinkProps) {
  return (
    <span className="entity-link">
      <Link to={entityPath(entity.id)}>{entity.name}</Link>
      {hideKind ? null : <> <KindLabel kind={entity.kind} /></>}
    </span>
  );
}
