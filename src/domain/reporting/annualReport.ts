import { codeFigures } from './codeFigures';
import { complimentFigures, mpEnquiryFigures } from './complimentAndMpFigures';
import { costFigures } from './costFigures';
import { demandFigures } from './demandFigures';
import { periodOf, previousYearOf, type YearLabel } from './financialYear';
import { learningFigures } from './learningFigures';
import { ombudsmanFigures } from './ombudsmanFigures';
import { outcomeFigures } from './outcomeFigures';
import { receivedFigures } from './receivedFigures';
import { scopeInput, type ReportInput, type ReportOptions, type ScopedInput } from './reportInput';
import type { AnnualReport, YearFigures } from './reportTypes';
import { stageTimeliness } from './stageTimeliness';

/**
 * The annual report of CONTRACTS.md §3 for a financial year and procedure, with the year
 * before under `previous`. Pure: the records and the working-day calendar come in.
 * Volumes count cases received in the year; timeliness, outcomes and causes count cases
 * resolved in the year (see each figure's doc comment in reportTypes.ts).
 *
 * `buildAnnualReport(input, { year: '2024-25', procedure: 'all', calendar })`
 * → `{ year: '2024-25', period: { from: '2024-04-01', to: '2025-03-31' }, received: {…}, …, previous: {…} }`
 */
export function buildAnnualReport(input: ReportInput, options: ReportOptions): AnnualReport {
  const scoped = scopeInput(input, options.procedure);
  const current = yearFigures(scoped, options.year, options);
  const previous = yearFigures(scoped, previousYearOf(options.year), options);
  return { ...current, previous };
}

function yearFigures(scoped: ScopedInput, year: YearLabel, options: ReportOptions): YearFigures {
  const period = periodOf(year);
  const { calendar, procedure } = options;
  const received = receivedFigures(scoped, period);
  const outcomes = outcomeFigures(scoped, period);
  return {
    year,
    procedure,
    period,
    received,
    demand: demandFigures(scoped, year, received.complaints),
    resolved: {
      complaints: outcomes.complaints,
      byOutcome: outcomes.byOutcome,
      byCause: outcomes.byCause,
      ...stageTimeliness(scoped, period, calendar, options.stage2ClockStart ?? 'request'),
    },
    ombudsman: ombudsmanFigures(scoped, period),
    costs: costFigures(scoped, year),
    compliments: complimentFigures(scoped, period),
    mpEnquiries: mpEnquiryFigures(scoped, period, calendar, options.mpResponseDays ?? 10),
    code:
      procedure === 'corporate' || procedure === 'all'
        ? codeFigures(scoped, period, calendar)
        : null,
    learning: learningFigures(scoped, period, outcomes.byLearning),
  };
}
