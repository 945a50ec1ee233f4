import { useCallback, useEffect, useState } from 'react';
import type { FeedbackStore, StoreError, Stored } from '../../../data/store';
import type { OmbudsmanYear } from '../../../domain/records';
import { previousYearOf } from '../../../domain/reporting';
import { storeCall } from '../../../services/storeCall';

export interface OmbudsmanYearsState {
  /** The saved figures of the year and the year before, as read (undefined: none entered). */
  readonly byYear: Readonly<Record<string, Stored<OmbudsmanYear> | undefined>>;
  /** True once both years were read (or their reading failed). */
  readonly loaded: boolean;
  /** Why they could not be read: the report shows without them. */
  readonly failure: StoreError | undefined;
  /** Puts a save in at once, without reading again. */
  saved(stored: Stored<OmbudsmanYear>): void;
  /** Reads them again (after a colleague's save: a conflict). */
  reload(): Promise<void>;
}

/** One object while nothing is read, so the report is not built again on every render. */
const NONE_READ: Readonly<Record<string, Stored<OmbudsmanYear> | undefined>> = {};

/**
 * The Ombudsman's annual figures for the chosen year and the one before, read when the year
 * is chosen (the list is read on demand: one look-up a year, never part of the snapshot).
 */
export function useOmbudsmanYears(store: FeedbackStore, year: string): OmbudsmanYearsState {
  const [state, setState] = useState<{
    year: string;
    byYear: Record<string, Stored<OmbudsmanYear> | undefined>;
    failure?: StoreError;
  }>();
  const read = useCallback(async () => {
    const years = [year, previousYearOf(year)];
    const results = await Promise.all(
      years.map((y) => storeCall(() => store.readOmbudsmanYear(y))),
    );
    const byYear: Record<string, Stored<OmbudsmanYear> | undefined> = {};
    let failure: StoreError | undefined;
    results.forEach((result, i) => {
      if (result.ok) byYear[years[i]!] = result.value;
      else failure = result.error;
    });
    return { year, byYear, ...(failure ? { failure } : {}) };
  }, [store, year]);
  useEffect(() => {
    let live = true;
    void read().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [read]);
  const current = state?.year === year ? state : undefined;
  return {
    byYear: current?.byYear ?? NONE_READ,
    loaded: current !== undefined,
    failure: current?.failure,
    saved: (stored) =>
      setState((s) => (s ? { ...s, byYear: { ...s.byYear, [stored.value.year]: stored } } : s)),
    reload: async () => setState(await read()),
  };
}
