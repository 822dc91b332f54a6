import type { EntityRefFragment } from '../generated/graphql';
import { formatCount, StatedCount } from '../format/formatCount';
import { DateAtPrecision, formatDate, isPartialIsoDate } from '../format/formatDate';
import { formatText } from '../format/formatText';
import { EntityLink } from './EntityLink';

const WEB_ADDRESS = /^https?:\/\//;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
const isEntity = (value: Record<string, unknown>): value is EntityRefFragment & Record<string, unknown> => typeof value.id === 'string' && typeof value.kind === 'string' && typeof value.name === 'string';
const isDate = (value: Record<string, unknown>): value is DateAtPrecision & Record<string, unknown> => typeof value.iso === 'string' && 'precision' in value;
const isCount = (value: Record<string, unknown>): value is StatedCount & Record<string, unknown> => typeof value.value === 'number' && typeof value.qualifier === 'string';

/**
 * One property's value as the API gives it, shown by its shape: an entity as a link to its page, a PartialDate at
 * its precision, a CountClaim with its qualifier and date, a web address as a link, other text through formatText.
 */
export function PropertyValue({ value }: { value: unknown }) {
  if (isObject(value)) {
    if (isEntity(value)) return <EntityLink entity={value} />;
    if (isDate(value)) return <time dateTime={value.iso}>{formatDate(value)}</time>;
    if (isCount(value)) return <>{formatCount(value)}</>;
    return null;
  }
  if (typeof value === 'string') {
    if (WEB_ADDRESS.test(value)) return <a href={value} rel="external noopener noreferrer" className="address">{value}</a>;
    if (isPartialIsoDate(value)) return <time dateTime={value}>{formatDate(value)}</time>;
    return <>{formatText(value)}</>;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return <>{String(value)}</>;
  return null;
}
