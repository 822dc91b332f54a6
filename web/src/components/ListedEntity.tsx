import type { ReactNode } from 'react';
import type { ListedEntityFragment } from '../generated/graphql';
import { EntityLink } from './EntityLink';

/** One entity in a list of results: its name linking to its page, its kind, aliases, and why it is listed (or its description). */
export function ListedEntity({ entity, why }: { entity: ListedEntityFragment; why?: ReactNode }) {
  return (
    <li className="listed-entity">
      <p className="listed-name"><EntityLink entity={entity} /></p>
      {entity.aliases.length > 0 ? <p className="aliases">Also known as: {entity.aliases.join('; ')}</p> : null}
      {why ?? (entity.description ? <p className="listed-description">{entity.description}</p> : null)}
    </li>
  );
}
