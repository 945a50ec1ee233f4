import type { TimelinessRow } from '../../data/openCaseRows';

export interface TimelinessFilters {
  readonly procedure: string;
  readonly stage: string;
  readonly serviceArea: string;
  readonly owner: string;
  readonly status: string;
  /** A SafeguardingState, or 'flagged' for either kind of flag. */
  readonly safeguarding: string;
}

export const noFilters: TimelinessFilters = {
  procedure: '',
  stage: '',
  serviceArea: '',
  owner: '',
  status: '',
  safeguarding: '',
};

/** `filterRows(rows, { ...noFilters, status: 'overdue' })` → the overdue rows, order kept. */
export function filterRows(rows: readonly TimelinessRow[], f: TimelinessFilters): TimelinessRow[] {
  if (!f.procedure && !f.stage && !f.serviceArea && !f.owner && !f.status && !f.safeguarding)
    return rows as TimelinessRow[];
  return rows.filter(
    (r) =>
      (!f.procedure || r.procedure === f.procedure) &&
      (!f.stage || String(r.stage) === f.stage) &&
      (!f.serviceArea || r.serviceArea === f.serviceArea) &&
      (!f.owner || r.owner === f.owner) &&
      (!f.status || r.status === f.status) &&
      (!f.safeguarding ||
        r.safeguarding === f.safeguarding ||
        (f.safeguarding === 'flagged' && r.safeguarding !== 'none')),
  );
}

/** The choices each filter offers: the values present in the open cases, sorted. */
export function filterOptions(rows: readonly TimelinessRow[]) {
  const sorted = (values: Iterable<string>) =>
    [...new Set(values)].filter((v) => v !== '').sort((a, b) => a.localeCompare(b));
  return {
    serviceAreas: sorted(rows.map((r) => r.serviceArea)),
    owners: sorted(rows.map((r) => r.owner)),
  };
}
