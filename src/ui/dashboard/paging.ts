/**
 * Long tables show one page at a time (20,000 cases never reach the DOM at once).
 * `pageOf(rows, 2, 50)` → rows 51–100 and `{ page: 2, pageCount: ⌈rows/50⌉, from: 51, to: 100 }`.
 * A page past the end (after a filter shrank the rows) is clamped to the last page.
 */
export interface Page<T> {
  readonly rows: readonly T[];
  readonly page: number;
  readonly pageCount: number;
  /** 1-based positions of the first and last row shown; 0 when there are none. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (current - 1) * pageSize;
  const shown = rows.slice(start, start + pageSize);
  return {
    rows: shown,
    page: current,
    pageCount,
    from: shown.length === 0 ? 0 : start + 1,
    to: start + shown.length,
    total: rows.length,
  };
}
