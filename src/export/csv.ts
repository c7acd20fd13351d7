/**
 * CSV per RFC 4180, written for Excel: UTF-8 with a byte-order mark (without it Excel on a
 * Chinese or English Windows decodes as the ANSI code page and garbles 中文), CRLF line ends,
 * fields quoted when they hold a comma, quote, CR or LF; quotes doubled. Cells that start with
 * = + - @ (or tab/CR) are prefixed with ' so page-derived text cannot run as a formula.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
