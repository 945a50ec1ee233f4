import { costFigures } from './costFigures';
import { demandFigures } from './demandFigures';
import { periodOf, previousYearOf, yearSlotsOf, type YearLabel } from './financialYear';
import { learningFigures } from './learningFigures';
import { ombudsmanFigures } from './ombudsmanFigures';
import { dayCalendarOf } from './reportDays';
import { scopeInput, type ReportInput, type ReportOptions, type ScopedInput } from './reportInput';
import type { AnnualReport, YearFigures } from './reportTypes';
import { tallyYears, type YearTallies } from './yearPasses';

/**
 * The annual report of CONTRACTS.md §3 for a financial year and procedure, with the year
 * before under `previous`. Pure: the records and the working-day calendar come in.
 * Volumes count cases received in the year; timeliness, outcomes and causes count cases
 * resolved in the year (see each figure's doc comment in reportTypes.ts). Both years come
 * from one pass over the cases and one over the stages (`yearPasses.ts`).
 *
 * `buildAnnualReport(input, { year: '2024-25', procedure: 'all', calendar })`
 * → `{ year: '2024-25', period: { from: '2024-04-01', to: '2025-03-31' }, received: {…}, …, previous: {…} }`
 */
export function buildAnnualReport(input: ReportInput, options: ReportOptions): AnnualReport {
  const scoped = scopeInput(input, options.procedure);
  const previousYear = previousYearOf(options.year);
  const [current, previous] = tallyYears(
    scoped,
    yearSlotsOf(periodOf(options.year), periodOf(previousYear)),
    {
      days: dayCalendarOf(options.calendar),
      stage2ClockStart: options.stage2ClockStart ?? 'request',
      mpResponseDays: options.mpResponseDays ?? 10,
    },
  );
  return {
    ...yearFigures(scoped, options.year, current, options),
    previous: yearFigures(scoped, previousYear, previous, options),
  };
}

function yearFigures(
  scoped: ScopedInput,
  year: YearLabel,
  tallies: YearTallies,
  options: ReportOptions,
): YearFigures {
  const period = periodOf(year);
  const { procedure } = options;
  const received = tallies.received.finish();
  const outcomes = tallies.outcomes.finish();
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
      ...tallies.timeliness.finish(),
    },
    ombudsman: ombudsmanFigures(scoped, period),
    costs: costFigures(scoped, year),
    compliments: tallies.compliments.finish(),
    mpEnquiries: tallies.mpEnquiries.finish(),
    code: procedure === 'corporate' || procedure === 'all' ? tallies.code.finish() : null,
    learning: learningFigures(scoped, period, outcomes.byLearning),
  };
}
