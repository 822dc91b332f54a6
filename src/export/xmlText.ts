// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF): dropped, since no escape can carry them.
const ILLEGAL_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // Attribute values are written in double quotes; apostrophes need no escape anywhere.
  '"': '&quot;',
  // Parsers turn a raw CR into LF, and tabs and newlines in attribute values into spaces: references keep them.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Text safe inside a double-quoted XML attribute value or an element: escaped, illegal characters removed. */
export function xmlEscape(value: string): string {
  return value.replace(ILLEGAL_IN_XML, '').replace(/[&<>"\r\n\t]/g, (c) => ESCAPES[c]);
}
