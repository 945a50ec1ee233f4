import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import type { IsoDate } from '../../../domain/shared/brand';
import { pageOf } from '../../../ui/dashboard/paging';
import { countByStatus } from '../../data/openCaseRows';
import { openCaseRows } from '../../data/openCases';
import { filterOptions, filterRows, noFilters, type TimelinessFilters } from './selectTimeliness';

export const TIMELINESS_PAGE_SIZE = 50;

/**
 * The Timeliness view's state. The open-case rows are computed once per snapshot and day
 * (shared with the Overview); a filter change is one pass over them, and only one page of
 * rows reaches the screen.
 */
export function useTimeliness(snapshot: Snapshot, today: IsoDate) {
  const [filters, setFilters] = useState<TimelinessFilters>(noFilters);
  const [page, setPage] = useState(1);
  const rows = openCaseRows(snapshot, today);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const counts = useMemo(() => countByStatus(rows), [rows]);
  return {
    filters,
    setFilter: (name: keyof TimelinessFilters, value: string) => {
      setFilters((f) => ({ ...f, [name]: value }));
      setPage(1);
    },
    clearFilters: () => {
      setFilters(noFilters);
      setPage(1);
    },
    options,
    counts,
    total: rows.length,
    filtered,
    page: pageOf(filtered, page, TIMELINESS_PAGE_SIZE),
    setPage,
  };
}
