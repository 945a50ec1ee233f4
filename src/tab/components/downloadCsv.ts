/**
 * Saves rows as a CSV file in the browser. Cells that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) are prefixed with `'` so an exported action cannot run code.
 * `toCsvText([{ a: '1', b: 'x,y' }])` → `a,b\r\n1,"x,y"\r\n`.
 */
export function toCsvText(rows: readonly Record<string, string>[]): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const lines = [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function downloadCsv(filename: string, rows: readonly Record<string, string>[]): void {
  // A byte-order mark so Excel reads the UTF-8 as UTF-8.
  const blob = new Blob(['\uFEFF', toCsvText(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
