/** RFC 4180 text: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end in CRLF. */

const NEEDS_QUOTES = /[",\r\n]/;

/** One field; null and undefined become the empty field. */
export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF line end. */
export function csvLine(fields: (string | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
