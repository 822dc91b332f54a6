/**
 * One CSV record as RFC 4180 has it: fields joined by commas, ended by CRLF; a field holding a comma,
 * a double quote, CR or LF is wrapped in double quotes with its double quotes doubled.
 */
export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
