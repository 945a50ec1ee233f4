/**
 * Sorting a table by one column, as a person clicking its header expects: numbers by size,
 * text alphabetically with numbers inside it in order ("AP-2026-0009" before "AP-2026-0010"),
 * and empty cells last whichever way round. Rows that tie keep the order they came in, so the
 * list's own order (most urgent first) decides between them.
 */
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: string;
  readonly direction: SortDirection;
}

/** What a cell sorts by: a number, text (an ISO date sorts as text), or nothing. */
export type SortValue = number | string | undefined;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

const isEmpty = (v: SortValue): v is undefined | '' => v === undefined || v === '';

/** `compareValues(2, 10)` → negative; `compareValues(undefined, 'a')` → positive (empty last). */
export function compareValues(a: SortValue, b: SortValue): number {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) ? (isEmpty(b) ? 0 : 1) : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A new array of the rows in the column's order; empty values stay last when descending.
 * `sortRows([{ n: 2 }, { n: 1 }], (r) => r.n, 'ascending')` → `[{ n: 1 }, { n: 2 }]`.
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row) }));
  keyed.sort((a, b) => {
    const emptyFirst = Number(isEmpty(a.value)) - Number(isEmpty(b.value));
    if (emptyFirst !== 0) return emptyFirst;
    return sign * compareValues(a.value, b.value) || a.index - b.index;
  });
  return keyed.map((k) => k.row);
}

/**
 * The sort after a click on a column's header: the same column turns round, another column
 * starts ascending. `nextSort({ column: 'due', direction: 'ascending' }, 'due')` → descending.
 */
export function nextSort(current: SortState | undefined, column: string): SortState {
  if (current?.column === column)
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  return { column, direction: 'ascending' };
}
