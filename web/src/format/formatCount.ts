import type { CountQualifier } from '../generated/graphql';
import { DateAtPrecision, formatDate } from './formatDate';

/** A count as a source states it; CountClaim fits. */
export interface StatedCount {
  value: number;
  qualifier: CountQualifier;
  asOf?: DateAtPrecision | null;
}

const QUALIFIER_WORDS: Record<CountQualifier, string> = {
  EXACTLY: '',
  AROUND: 'around ',
  MORE_THAN: 'more than ',
  FEWER_THAN: 'fewer than ',
};

/** "more than 100, as of July 2017", "around 40", "14": the number with its qualifier and its date, from the data only. */
export function formatCount(count: StatedCount): string {
  const stated = `${QUALIFIER_WORDS[count.qualifier]}${count.value.toLocaleString('en-GB')}`;
  return count.asOf ? `${stated}, as of ${formatDate(count.asOf)}` : stated;
}

const COUNT_TEXT = /^(EXACTLY|AROUND|MORE_THAN|FEWER_THAN) (\d+)(?: as of (\S+))?$/;

/**
 * A count written as text the way the API's claims write it ("MORE_THAN 100 as of 2017-07"), formatted like
 * formatCount; null when the text is not a count.
 */
export function formatCountText(text: string): string | null {
  const match = COUNT_TEXT.exec(text);
  if (!match) return null;
  return formatCount({ qualifier: match[1] as CountQualifier, value: Number(match[2]), asOf: match[3] ? { iso: match[3] } : null });
}
