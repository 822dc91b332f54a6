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

/** The Neo4j keys that store the partial date property `name`: `<name>Year`, …, `<name>Iso` (dateYear … dateIso for `date`). */
export function partialDateKeys(name: string): { year: string; month: string; day: string; precision: string; iso: string } {
  return { year: `${name}Year`, month: `${name}Month`, day: `${name}Day`, precision: `${name}Precision`, iso: `${name}Iso` };
}

/** The Neo4j properties that store a partial date (the property `name`, by default `date`). */
export function partialDateProperties(text: string, name = 'date'): Record<string, unknown> {
  const parts = parsePartialDate(text);
  if (!parts) throw new Error(`not a partial ISO date: ${text}`);
  const keys = partialDateKeys(name);
  return {
    [keys.year]: parts.year,
    [keys.month]: parts.month,
    [keys.day]: parts.day,
    [keys.precision]: parts.precision,
    [keys.iso]: parts.iso,
  };
}
