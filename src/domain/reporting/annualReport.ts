import { adultsTimeliness } from './adultsTimeliness';
import { costFigures } from './costFigures';
import { demandFigures } from './demandFigures';
import { toDayNumber } from '../calendar';
import { periodOf, previousYearOf, yearSlotsOf, type YearLabel } from './financialYear';
import { learningFigures } from './learningFigures';
import { ombudsmanFigures } from './ombudsmanFigures';
import { refusalFigures } from './refusalFigures';
import { receivedOutcomes, type YearReceivedOutcomes } from './receivedOutcomes';
import { dayCalendarOf } from './reportDays';
import { scopeInput, type ReportInput, type ReportOptions, type ScopedInput } from './reportInput';
import type { AnnualReport, StatutoryAndCorporate, YearFigures } from './reportTypes';
import { statutoryAndCorporate } from './statutoryAndCorporate';
import { trendFigures } from './trendFigures';
import { tallyYears, type YearTallies } from './yearPasses';

/**
 * The annual report of docs/contracts.md, Annual report JSON for a financial year and procedure, with the year
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
  const sideBySide = (year: YearLabel): StatutoryAndCorporate | null => {
    const { procedure } = options;
    if (procedure !== 'children_statutory' && procedure !== 'adults_statutory') return null;
    const [now, before] = [periodOf(year), periodOf(previousYearOf(year))];
    return statutoryAndCorporate(
      input.cases,
      procedure,
      toDayNumber(now.from),
      toDayNumber(now.to),
      toDayNumber(before.from),
      toDayNumber(before.to),
    );
  };
  const dayRange = (year: YearLabel) => {
    const period = periodOf(year);
    return [toDayNumber(period.from), toDayNumber(period.to)] as const;
  };
  const { procedure } = options;
  const [outcomesNow, outcomesBefore] = receivedOutcomes(
    scoped,
    [dayRange(options.year), dayRange(previousYear)],
    procedure === 'adults_statutory' || procedure === 'all',
  ) as [YearReceivedOutcomes, YearReceivedOutcomes];
  return {
    ...yearFigures(scoped, options.year, current, outcomesNow, options, sideBySide(options.year)),
    previous: yearFigures(
      scoped,
      previousYear,
      previous,
      outcomesBefore,
      options,
      sideBySide(previousYear),
    ),
    trend: trendFigures(scoped, options.year, TREND_YEARS),
  };
}

/** Councils chart three to five years; the JSON gives five (the document shows those with data). */
const TREND_YEARS = 5;

function yearFigures(
  scoped: ScopedInput,
  year: YearLabel,
  tallies: YearTallies,
  followed: YearReceivedOutcomes,
  options: ReportOptions,
  sideBySide: StatutoryAndCorporate | null,
): YearFigures {
  const period = periodOf(year);
  const { procedure } = options;
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const withAdults = procedure === 'adults_statutory' || procedure === 'all';
  const received = tallies.received.finish();
  const outcomes = tallies.outcomes.finish();
  return {
    year,
    procedure,
    period,
    received,
    profile: tallies.profile.finish(),
    equality: tallies.equality?.finish() ?? null,
    parts: tallies.parts.finish(),
    demand: demandFigures(scoped, year, received.complaints),
    resolved: {
      complaints: outcomes.complaints,
      byOutcome: outcomes.byOutcome,
      byCause: outcomes.byCause,
      ...tallies.timeliness.finish(),
      stage2Elements: tallies.stage2Elements.finish(),
    },
    ombudsman: ombudsmanFigures(scoped, period),
    costs: costFigures(scoped, year),
    refusals: refusalFigures(scoped, period),
    compliments: tallies.compliments.finish(),
    mpEnquiries: tallies.mpEnquiries.finish(),
    code: procedure === 'corporate' || procedure === 'all' ? tallies.code.finish() : null,
    learning: learningFigures(scoped, period, outcomes.byLearning),
    receivedOutcomes: followed.all,
    jointWithNhs: followed.jointWithNhs,
    adults: withAdults ? adultsTimeliness(scoped, from, to) : null,
    statutoryAndCorporate: sideBySide,
  };
}
