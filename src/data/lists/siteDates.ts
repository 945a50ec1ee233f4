import { ukDateOf, ukOffsetAt } from '../../domain/calendar/ukTime';
import { asIsoDate, type IsoDate } from '../../domain/primitives/brand';

/**
 * The one place the app turns calendar dates into SharePoint's date-only values and back.
 *
 * SharePoint stores a date-only column at midnight in the site's time zone and answers in
 * UTC: on a site in UK time "1 April 2025" (British Summer Time) is `2025-03-31T23:00:00Z`,
 * "15 January 2025" is `2025-01-15T00:00:00Z`. Writes, reads and `$filter` literals all go
 * through here, so financial years, statutory clocks and reports see the date an officer
 * typed. The complaints site must use the UK time zone (docs/deploy.md); the emulator
 * defaults to it. UK time is worked out in `domain/calendar/ukTime.ts`.
 */
const instants = new Map<string, string>();

/**
 * The instant SharePoint stores for a calendar date: midnight at the site.
 *   siteMidnight('2025-04-01') → '2025-03-31T23:00:00Z';  siteMidnight('2025-01-15') → '2025-01-15T00:00:00Z'
 */
export function siteMidnight(date: string): string {
  let instant = instants.get(date);
  if (instant === undefined) {
    const guess = Date.parse(`${date}T00:00:00Z`);
    // The offset at midnight itself (a clock change may fall between it and the guess).
    const time = guess - ukOffsetAt(guess - ukOffsetAt(guess));
    instant = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (instants.size >= KEPT) instants.clear();
    instants.set(date, instant);
  }
  return instant;
}

const dates = new Map<string, IsoDate | undefined>();

/**
 * The calendar date a date-only value stands for: the day it falls on at the site. A bare
 * date is itself. `siteDateOf('2025-03-31T23:00:00Z')` → '2025-04-01'
 */
export function siteDateOf(value: string): IsoDate | undefined {
  // A snapshot reads ~60,000 dates but only a few thousand distinct ones: remember them.
  if (dates.has(value)) return dates.get(value);
  let date: IsoDate | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) date = asIsoDate(value);
  else {
    const time = Date.parse(value);
    date = Number.isNaN(time) ? undefined : ukDateOf(time);
  }
  if (dates.size >= KEPT) dates.clear();
  dates.set(value, date);
  return date;
}

/** About 40 years of days; cleared when full. */
const KEPT = 16_384;
