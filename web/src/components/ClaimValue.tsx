import { Link } from 'react-router';
import { entityPath } from '../format/entityPath';
import { formatText } from '../format/formatText';

/** Properties whose values are words of the sources, never codes, dates or counts. */
const WORDING = new Set(['name', 'aliases', 'description']);
/** An entity id, the value of a one-valued relationship field ("city:durres"). */
const ENTITY_ID = /^[a-z][a-zA-Z]*:[a-z0-9][a-z0-9-]*$/;

/** A claim's value (text, as PropertyClaims gives it) for a property: an entity id links to its page. */
export function ClaimValue({ property, value }: { property: string; value: string }) {
  if (WORDING.has(property)) return <>{value}</>;
  if (ENTITY_ID.test(value)) return <Link to={entityPath(value)}>{value}</Link>;
  return <>{formatText(value)}</>;
}
