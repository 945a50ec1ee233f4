import { demandMeasures, type DemandMeasure } from '../records';
import type { YearLabel } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { DemandFigures } from './reportTypes';
import { percent } from './tally';

/**
 * Complaints received as a share of the demand figures the manager entered for the year.
 * 12 complaints and 480 referrals → `complaintsPerReferralPercent` 2.5.
 */
export function demandFigures(
  scoped: ScopedInput,
  year: YearLabel,
  complaintsReceived: number,
): DemandFigures {
  const measures = {} as Record<DemandMeasure, number | null>;
  const complaintsPercentOf = {} as Record<DemandMeasure, number | null>;
  for (const measure of demandMeasures) measures[measure] = null;
  for (const figure of scoped.demand) {
    if (figure.year === year) measures[figure.measure] = figure.value;
  }
  for (const measure of demandMeasures) {
    const value = measures[measure];
    complaintsPercentOf[measure] = value === null ? null : percent(complaintsReceived, value);
  }
  return {
    referrals: measures.referrals,
    complaintsPerReferralPercent: complaintsPercentOf.referrals,
    measures,
    complaintsPercentOf,
  };
}
