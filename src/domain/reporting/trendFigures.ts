import { toDayNumber } from '../calendar';
import { periodOf, previousYearOf, type YearLabel } from './financialYear';
import { dayOf } from './reportDays';
import { KIND, type ScopedInput } from './reportInput';
import type { TrendYear } from './reportTypes';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The year and the `count - 1` before it, oldest first: cases and stage requests received in
 * each year (received basis), and Ombudsman decisions made in each.
 * `trendFigures(scoped, '2024-25', 5).map((t) => t.year)` → 2020-21 … 2024-25.
 */
export function trendFigures(scoped: ScopedInput, year: YearLabel, count: number): TrendYear[] {
  const years: YearLabel[] = [year];
  while (years.length < count) years.unshift(previousYearOf(years[0] as YearLabel));
  const starts = years.map((y) => toDayNumber(periodOf(y).from));
  const end = toDayNumber(periodOf(year).to);
  const rows: Mutable<TrendYear>[] = years.map((y) => ({
    year: y,
    complaints: 0,
    stage1: 0,
    stage2: 0,
    stage3: 0,
    compliments: 0,
    mpEnquiries: 0,
    jointWithNhs: 0,
    ombudsmanDecisions: 0,
    ombudsmanUpheld: 0,
  }));
  /** The row of a day, or undefined outside the years. */
  const rowOf = (day: number): Mutable<TrendYear> | undefined => {
    if (day < (starts[0] as number) || day > end) return undefined;
    let i = starts.length - 1;
    while (day < (starts[i] as number)) i -= 1;
    return rows[i];
  };
  // From the day numbers and codes alone: no record is read.
  const { received, kind, joint } = scoped.caseDays;
  for (let i = 0; i < received.length; i += 1) {
    const row = rowOf(received[i] as number);
    if (row === undefined) continue;
    const type = kind[i];
    if (type === KIND.complaint) {
      row.complaints += 1;
      if (joint[i] === 1) row.jointWithNhs += 1;
    } else if (type === KIND.compliment) row.compliments += 1;
    else if (type === KIND.mp_enquiry) row.mpEnquiries += 1;
  }
  const { requested, number: stageNumber } = scoped.stageDays;
  for (let i = 0; i < requested.length; i += 1) {
    const row = rowOf(requested[i] as number);
    const number = stageNumber[i];
    if (row === undefined) continue;
    if (number === 1) row.stage1 += 1;
    else if (number === 2) row.stage2 += 1;
    else if (number === 3) row.stage3 += 1;
  }
  for (const o of scoped.ombudsman) {
    if (o.decision === undefined) continue;
    const row = rowOf(dayOf(o.decided));
    if (row === undefined) continue;
    row.ombudsmanDecisions += 1;
    if (o.decision === 'upheld') row.ombudsmanUpheld += 1;
  }
  return rows;
}
