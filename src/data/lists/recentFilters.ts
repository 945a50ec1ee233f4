import type { IsoDate } from '../../domain/primitives/brand';
import { siteMidnight } from './siteDates';

/**
 * A date column's value in `$filter`: midnight at the site, as SharePoint stores it.
 * `dateLiteral('2025-04-01')` → `'2025-03-31T23:00:00Z'`
 */
const dateLiteral = (date: string) => `'${siteMidnight(date)}'`;

/** `addMonths('2025-11-01', 3)` → `'2026-02-01'` (first days of months only). */
function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * `$filter`s that together match the items whose `column` is on or after `from`, one per
 * quarter up to `today` and one for anything later. SharePoint refuses a query whose indexed
 * column matches more than 5,000 items of a large list; a quarter keeps each under that for a
 * council receiving fewer than 20,000 a year, and the quarters are read side by side.
 *   quartersSince('Received', '2025-04-01', '2025-11-23')
 *   → ["fields/Received ge '2025-03-31T23:00:00Z' and fields/Received lt '2025-06-30T23:00:00Z'",
 *      "… ge '2025-06-30T23…' and … lt '2025-09-30T23…'", "fields/Received ge '2025-09-30T23:00:00Z'"]
 */
export function quartersSince(column: string, from: IsoDate, today: IsoDate): string[] {
  const field = `fields/${column}`;
  const filters: string[] = [];
  let start: string = from;
  // Quarters from the first of `from`'s month; the last one runs on without an end.
  for (let end = addMonths(from.slice(0, 8) + '01', 3); end <= today; end = addMonths(end, 3)) {
    filters.push(`${field} ge ${dateLiteral(start)} and ${field} lt ${dateLiteral(end)}`);
    start = end;
  }
  filters.push(`${field} ge ${dateLiteral(start)}`);
  return filters;
}

/** `before('Received', '2025-04-01')` → `fields/Received lt '2025-03-31T23:00:00Z'`. */
export function before(column: string, date: IsoDate): string {
  return `fields/${column} lt ${dateLiteral(date)}`;
}

/** `onOrAfter('Closed', '2025-04-01')` → `fields/Closed ge '2025-03-31T23:00:00Z'`. */
export function onOrAfter(column: string, date: IsoDate): string {
  return `fields/${column} ge ${dateLiteral(date)}`;
}
