import { useMemo, useState } from 'react';
import type { DataColumn } from './DataTable';
import { pageOf, type Page } from './paging';
import { nextSort, sortRows, type SortState } from './sorting';

/**
 * A list's sort and page: sorted by the column last chosen (in the list's own order until
 * then), one page shown. Choosing a sort, or a change of `filterKey` (the filters in force),
 * goes back to the first page; a refresh of the rows keeps the page.
 */
export function useSortedPage<Row>(
  rows: readonly Row[],
  columns: readonly DataColumn<Row>[],
  pageSize: number,
  filterKey = '',
): {
  readonly sort: SortState | undefined;
  readonly onSort: (column: string) => void;
  readonly page: Page<Row>;
  readonly setPage: (page: number) => void;
} {
  const [sort, setSort] = useState<SortState | undefined>(undefined);
  const [chosen, setChosen] = useState({ page: 1, filterKey });
  const page = chosen.filterKey === filterKey ? chosen.page : 1;
  const sorted = useMemo(() => {
    const valueOf = sort && columns.find((c) => c.id === sort.column)?.sortValue;
    return sort && valueOf ? sortRows(rows, valueOf, sort.direction) : rows;
  }, [rows, columns, sort]);
  return {
    sort,
    onSort: (column) => {
      setSort((current) => nextSort(current, column));
      setChosen({ page: 1, filterKey });
    },
    page: pageOf(sorted, page, pageSize),
    setPage: (next) => setChosen({ page: next, filterKey }),
  };
}
