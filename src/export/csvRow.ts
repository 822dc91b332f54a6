/**
 * One CSV record as RFC 4180 has it: fields joined by commas, ended by CRLF; a field holding a comma,
 * a double quote, CR or LF is wrapped in double quotes with its double quotes doubled.
 */
export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP, CSV Injection). None of the export's
 * columns is a number, so a value starting with '-' is text too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. A value starting like a formula gets a single quote in front and is quoted, as OWASP advises, so a
 * spreadsheet shows it as text: `=HYPERLINK(…)` becomes `"'=HYPERLINK(…)"`.
 */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
