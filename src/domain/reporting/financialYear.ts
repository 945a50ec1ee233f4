import type { IsoDate } from '../shared/brand';
import { asIsoDate } from '../shared/brand';

/** A financial year written `2024-25` (validated at the edge with `financialYearSchema`). */
export type YearLabel = string;

/** The dates a financial year covers, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** `startYearOf('2024-25')` → 2024. */
export function startYearOf(year: YearLabel): number {
  return Number(year.slice(0, 4));
}

/** `yearLabel(2024)` → `'2024-25'`; `yearLabel(1999)` → `'1999-00'`. */
export function yearLabel(startYear: number): YearLabel {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** `periodOf('2024-25')` → `{ from: '2024-04-01', to: '2025-03-31' }`. */
export function periodOf(year: YearLabel): Period {
  const start = startYearOf(year);
  return { from: asIsoDate(`${start}-04-01`), to: asIsoDate(`${start + 1}-03-31`) };
}

/** `previousYearOf('2024-25')` → `'2023-24'`. */
export function previousYearOf(year: YearLabel): YearLabel {
  return yearLabel(startYearOf(year) - 1);
}

/**
 * The financial year a date falls in: `financialYearOf('2025-03-31')` → `'2024-25'`,
 * `financialYearOf('2025-04-01')` → `'2025-26'`. Reads the string, no Date object.
 */
export function financialYearOf(date: IsoDate): YearLabel {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return yearLabel(month >= 4 ? year : year - 1);
}

/** `isInPeriod('2025-03-31', periodOf('2024-25'))` → true. ISO dates compare as strings. */
export function isInPeriod(date: IsoDate | undefined, period: Period): date is IsoDate {
  return date !== undefined && date >= period.from && date <= period.to;
}
