import type { IsoDate } from '../primitives/brand';
import { asIsoDate } from '../primitives/brand';
import { toDayNumber } from '../calendar';

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

/** `nextYearOf('2024-25')` → `'2025-26'`. */
export function nextYearOf(year: YearLabel): YearLabel {
  return yearLabel(startYearOf(year) + 1);
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

/**
 * The report's year and the year before as day numbers, so one pass over the cases serves
 * both: slot 0 is the year, slot 1 the year before.
 */
export interface YearSlots {
  readonly from0: number;
  readonly to0: number;
  readonly from1: number;
  readonly to1: number;
}

export function yearSlotsOf(year: Period, previous: Period): YearSlots {
  return {
    from0: toDayNumber(year.from),
    to0: toDayNumber(year.to),
    from1: toDayNumber(previous.from),
    to1: toDayNumber(previous.to),
  };
}

/**
 * The slot a day falls in: 0 (the year), 1 (the year before) or -1 (neither, or no date).
 * For 2024-25: `slotOf(slots, day of 2024-04-01)` → 0; `day of 2024-03-31` → 1.
 */
export function slotOf(slots: YearSlots, day: number): number {
  if (day >= slots.from0 && day <= slots.to0) return 0;
  if (day >= slots.from1 && day <= slots.to1) return 1;
  return -1;
}
