/** A date known to the year, the month or the day, as the source gives it. */
export interface PartialDateParts {
  year: number;
  month: number | null;
  day: number | null;
  precision: 'YEAR' | 'MONTH' | 'DAY';
  iso: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2017", "2017-05" or "2017-05-12"; returns null for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDateParts | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  const precision = day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR';
  return { year, month, day, precision, iso: text };
}

/** The Neo4j properties that store a partial date on an event node. */
export function partialDateProperties(text: string): Record<string, unknown> {
  const parts = parsePartialDate(text);
  if (!parts) throw new Error(`not a partial ISO date: ${text}`);
  return {
    dateYear: parts.year,
    dateMonth: parts.month,
    dateDay: parts.day,
    datePrecision: parts.precision,
    dateIso: parts.iso,
  };
}
