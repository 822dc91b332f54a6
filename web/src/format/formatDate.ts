/** A date as a source gives it: a partial ISO date ("2017", "2017-05", "2017-05-24"); PartialDate fits. */
export interface DateAtPrecision {
  iso: string;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

function partsOf(iso: string): Parts | null {
  const match = PARTIAL_ISO.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
}

/** Whether a text is a partial ISO date ("2017", "2017-05", "2017-05-24"). */
export function isPartialIsoDate(text: string): boolean {
  return partsOf(text) !== null;
}

/**
 * A partial ISO date at the precision it has, never more: "2017", "May 2017", "24 May 2017".
 * Anything else is returned as it is.
 */
export function formatDate(date: DateAtPrecision | string): string {
  const iso = typeof date === 'string' ? date : date.iso;
  const parts = partsOf(iso);
  if (!parts) return iso;
  if (parts.month === undefined) return String(parts.year);
  const utc = new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1));
  return (parts.day === undefined ? MONTH_YEAR : DAY_MONTH_YEAR).format(utc);
}

/**
 * A start and an optional end, each at its own precision: "17–19 May 2017" when both are days of one month,
 * else "12 July 2018 – 13 July 2018"-style; the start alone when there is no end.
 */
export function formatDateRange(start: DateAtPrecision | string, end?: DateAtPrecision | string | null): string {
  if (end === undefined || end === null) return formatDate(start);
  const from = partsOf(typeof start === 'string' ? start : start.iso);
  const to = partsOf(typeof end === 'string' ? end : end.iso);
  if (from?.day !== undefined && to?.day !== undefined && from.year === to.year && from.month === to.month) {
    if (from.day === to.day) return formatDate(start);
    return `${from.day}–${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
