import { costTypes } from '../records';
import { financialYearOf, previousYearOf, type YearLabel } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { CostRow } from './reportTypes';
import { fromPence, toPence, zeroCounts } from './tally';

/**
 * Costs by type for the year and the two before it, oldest first, summed in pence.
 * `costFigures(scoped, '2024-25')` → `{ '2022-23': {…}, '2023-24': {…}, '2024-25': {…} }`.
 */
export function costFigures(scoped: ScopedInput, year: YearLabel): Record<YearLabel, CostRow> {
  const years = [previousYearOf(previousYearOf(year)), previousYearOf(year), year];
  const pence = new Map(years.map((y) => [y, zeroCounts(costTypes)]));
  for (const cost of scoped.costs) {
    const row = pence.get(financialYearOf(cost.date));
    if (row !== undefined) row[cost.type] += toPence(cost.amount);
  }
  const result: Record<YearLabel, CostRow> = {};
  for (const y of years) {
    const row = pence.get(y) ?? zeroCounts(costTypes);
    let total = 0;
    const pounds = zeroCounts(costTypes);
    for (const type of costTypes) {
      pounds[type] = fromPence(row[type]);
      total += row[type];
    }
    result[y] = { ...pounds, total: fromPence(total) };
  }
  return result;
}
