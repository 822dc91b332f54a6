import { formatCountText } from './formatCount';
import { formatDate, isPartialIsoDate } from './formatDate';

/** An enum value of the API (HELD, REGIONAL_PRACTITIONERS_WORKSHOP): upper-case words of four letters or more in all. */
const ENUM_VALUE = /^[A-Z]+(?:_[A-Z]+)*$/;

/** An enum value as words: "REGIONAL_PRACTITIONERS_WORKSHOP" → "Regional practitioners workshop". */
export function enumLabel(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A value the API gives as text (a property, or a claim's value): a partial ISO date at its precision, a stated count
 * ("MORE_THAN 100 as of 2017-07") with its qualifier, an enum value as words (codes of three letters or fewer, such as
 * ISO codes, stay as they are), anything else as it is.
 */
export function formatText(text: string): string {
  if (isPartialIsoDate(text)) return formatDate(text);
  const count = formatCountText(text);
  if (count !== null) return count;
  if (ENUM_VALUE.test(text) && text.length > 3) return enumLabel(text);
  return text;
}
