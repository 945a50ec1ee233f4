import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import type { IsoDate } from '../../../domain/primitives/brand';
import { countByStatus } from '../../data/openCaseRows';
import { openCaseRows } from '../../data/openCases';
import { filterOptions, filterRows, noFilters, type TimelinessFilters } from './selectTimeliness';

export const TIMELINESS_PAGE_SIZE = 50;

/**
 * The Timeliness view's filters. The open-case rows are computed once per snapshot and day
 * (shared with the Overview); a filter change is one pass over them (the view sorts them and
 * shows one page).
 */
export function useTimeliness(
  snapshot: Snapshot,
  today: IsoDate,
  initial?: Partial<TimelinessFilters>,
) {
  const [filters, setFilters] = useState<TimelinessFilters>(() => ({ ...noFilters, ...initial }));
  const rows = openCaseRows(snapshot, today);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const counts = useMemo(() => countByStatus(rows), [rows]);
  return {
    filters,
    setFilter: (name: keyof TimelinessFilters, value: string) => {
      setFilters((f) => ({ ...f, [name]: value }));
    },
    clearFilters: () => {
      setFilters(noFilters);
    },
    options,
    counts,
    total: rows.length,
    filtered,
  };
}
