/**
 * CSV of any tracker view: a header row and one line per row, RFC 4180 quoting, CRLF line
 * ends, and a leading quote on cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`),
 * so an exported complaint summary can never execute in Excel.
 * `toCsv(['Ref', 'Days'], [['CSC-1', 10], ['CSC-2', null]])` → `'Ref,Days\r\nCSC-1,10\r\nCSC-2,\r\n'`
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const line = (cells: readonly (string | number | boolean | null | undefined)[]) =>
    cells.map(csvCell).join(',');
  return [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}

function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
