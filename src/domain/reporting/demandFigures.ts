import { demandMeasures, type DemandMeasure } from '../records';
import { previousYearOf, type YearLabel } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { DemandFigures } from './reportTypes';
import { percent } from './tally';

/**
 * Complaints received as a share of the demand figures the manager entered for the year, and
 * each figure's change on the year before.
 * 12 complaints and 480 referrals → `complaintsPerReferralPercent` 2.5; referrals 6,190 then
 * 6,797 → `changePercent.referrals` 9.8.
 */
export function demandFigures(
  scoped: ScopedInput,
  year: YearLabel,
  complaintsReceived: number,
): DemandFigures {
  const measures = measuresOf(scoped, year);
  const before = measuresOf(scoped, previousYearOf(year));
  const complaintsPercentOf = {} as Record<DemandMeasure, number | null>;
  const changePercent = {} as Record<DemandMeasure, number | null>;
  for (const measure of demandMeasures) {
    const value = measures[measure];
    const was = before[measure];
    complaintsPercentOf[measure] = value === null ? null : percent(complaintsReceived, value);
    changePercent[measure] = value === null || was === null ? null : change(was, value);
  }
  return {
    referrals: measures.referrals,
    complaintsPerReferralPercent: complaintsPercentOf.referrals,
    measures,
    complaintsPercentOf,
    changePercent,
  };
}

function measuresOf(scoped: ScopedInput, year: YearLabel): Record<DemandMeasure, number | null> {
  const measures = {} as Record<DemandMeasure, number | null>;
  for (const measure of demandMeasures) measures[measure] = null;
  for (const figure of scoped.demand) {
    if (figure.year === year) measures[figure.measure] = figure.value;
  }
  return measures;
}

/** `change(726, 694)` → -4.4; `change(0, 5)` → null (no base to compare with). */
export function change(was: number, now: number): number | null {
  const p = percent(Math.abs(now - was), was);
  return p === null ? null : now < was ? -p : p;
}
