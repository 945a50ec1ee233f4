import type { Snapshot, Stored } from '../../../data/store';
import type { Cost, OmbudsmanCase, Refusal } from '../../../domain/records';
import { isInPeriod, periodOf, type YearLabel } from '../../../domain/reporting/financialYear';

export const RECORDS_READ_ONLY_NOTICE =
  'Only complaints managers can record Ombudsman cases, costs and refused complaints. Ask a complaints manager if something here needs to change.';

/** The Ombudsman cases received or decided in the year, most recent first. */
export function ombudsmanOfYear(
  snapshot: Snapshot,
  year: YearLabel,
): readonly Stored<OmbudsmanCase>[] {
  const period = periodOf(year);
  const latest = (o: OmbudsmanCase) => o.decided ?? o.received;
  return snapshot.ombudsman
    .filter((o) => isInPeriod(o.value.received, period) || isInPeriod(o.value.decided, period))
    .sort((a, b) => latest(b.value).localeCompare(latest(a.value)));
}

/** The costs dated in the year, most recent first. */
export function costsOfYear(snapshot: Snapshot, year: YearLabel): readonly Stored<Cost>[] {
  const period = periodOf(year);
  return snapshot.costs
    .filter((c) => isInPeriod(c.value.date, period))
    .sort(
      (a, b) => b.value.date.localeCompare(a.value.date) || b.value.id.localeCompare(a.value.id),
    );
}

/** The complaints refused in the year, most recent first. */
export function refusalsOfYear(snapshot: Snapshot, year: YearLabel): readonly Stored<Refusal>[] {
  const period = periodOf(year);
  return snapshot.refusals
    .filter((r) => isInPeriod(r.value.refused, period))
    .sort(
      (a, b) =>
        b.value.refused.localeCompare(a.value.refused) || b.value.id.localeCompare(a.value.id),
    );
}
