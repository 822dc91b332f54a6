import { fieldLabel } from '../format/fieldLabel';
import { PropertyValue } from './PropertyValue';

/** Fields the page shows elsewhere (its header, its evidence), not in the list of properties. */
const SHOWN_ELSEWHERE = new Set(['__typename', 'id', 'kind', 'name', 'aliases', 'description', 'evidence', 'relationships']);

/**
 * An entity's own properties, whatever its kind: every field the page's operation asked for it (EntityPage's
 * per-kind fragments decide which, and their order) that has a value, labelled by its field name.
 */
export function EntityProperties({ entity }: { entity: Record<string, unknown> }) {
  const rows = Object.entries(entity).filter(([field, value]) => !SHOWN_ELSEWHERE.has(field) && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0));
  if (rows.length === 0) return null;
  return (
    <dl className="properties">
      {rows.map(([field, value]) => (
        <div key={field} className="property">
          <dt>{fieldLabel(field)}</dt>
          <dd><PropertyValue value={value} /></dd>
        </div>
      ))}
    </dl>
  );
}
