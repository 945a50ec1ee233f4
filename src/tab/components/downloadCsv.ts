import { toCsv } from '../../domain/reporting/toCsv';

/**
 * Saves rows as a CSV file in the browser, written by the reporting module's `toCsv` (RFC 4180,
 * and cells a spreadsheet would run as a formula are neutralised).
 * `downloadCsv('actions.csv', [{ case_reference: 'CSC-1', action: 'Train' }])` downloads
 * `case_reference,action\r\nCSC-1,Train\r\n`.
 */
export function downloadCsv(filename: string, rows: readonly Record<string, string>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const text = toCsv(
    columns,
    rows.map((r) => columns.map((c) => r[c] ?? '')),
  );
  // A byte-order mark so Excel reads the UTF-8 as UTF-8.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
