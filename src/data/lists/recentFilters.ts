import { asIsoDate, type IsoDate } from '../../domain/primitives/brand';
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
 * One `$filter` over a date column: the items on or after `from` (if given) and before `to`
 * (if given), with `and` appended (another condition, after the date so the date column is
 * the one SharePoint holds against the 5,000 threshold). Kept as a range, not as text, so a
 * read SharePoint refuses as over the threshold can be cut in two and asked again (`narrowerReads`).
 */
export interface DateRange {
  readonly column: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly and?: string;
  /**
   * A condition put before the date, so its column is the one held to the threshold: the
   * open cases among all those received before the window are few, all those received before it
   * are many. Moved behind the date if SharePoint refuses it (`narrowerReads`).
   */
  readonly first?: string;
}

/** A list read's `$filter`: a date range, or any other filter (which cannot be split). */
export type ReadFilter = string | DateRange;

/**
 * The `$filter` text of a read.
 *   filterText({ column: 'Received', from: '2025-04-01', to: '2025-07-01' })
 *   → "fields/Received ge '2025-03-31T23:00:00Z' and fields/Received lt '2025-06-30T23:00:00Z'"
 */
export function filterText(filter: ReadFilter): string {
  if (typeof filter === 'string') return filter;
  const field = `fields/${filter.column}`;
  const parts = [
    ...(filter.first ? [filter.first] : []),
    ...(filter.from ? [`${field} ge ${dateLiteral(filter.from)}`] : []),
    ...(filter.to ? [`${field} lt ${dateLiteral(filter.to)}`] : []),
    ...(filter.and ? [filter.and] : []),
  ];
  return parts.join(' and ');
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOf = (day: number) => asIsoDate(new Date(day * DAY).toISOString().slice(0, 10));

/** How far back a range with no start is cut first when it must be split: a council's retention. */
const RETENTION_YEARS = 7;

/**
 * What to ask instead of a range SharePoint refused as over its threshold, each part matching
 * fewer items, together the same ones:
 * - a range led by another condition (`first`): the same range led by its date;
 * - a bounded range: its two halves at the middle day;
 * - a range with no start: the `RETENTION_YEARS` before its end, and all that is older;
 * - a range with no end (the current quarter of a council receiving more than 20,000 a year):
 *   the year from its start, and all that is later (dated in the future: usually nothing);
 * a range of one day cannot be cut.
 *   narrowerReads({ column: 'Received', from: '2025-01-01', to: '2025-03-01' })
 *   → [{ …, from: '2025-01-01', to: '2025-01-30' }, { …, from: '2025-01-30', to: '2025-03-01' }]
 */
export function narrowerReads(range: DateRange): readonly DateRange[] | undefined {
  if (range.first !== undefined) {
    const { first, ...dated } = range;
    return [{ ...dated, and: dated.and === undefined ? first : `${first} and ${dated.and}` }];
  }
  if (range.to === undefined) {
    if (range.from === undefined) return undefined;
    const cut = asIsoDate(addMonths(range.from.slice(0, 8) + '01', 12));
    return [
      { ...range, to: cut },
      { ...range, from: cut },
    ];
  }
  if (range.from === undefined) {
    const cut = addMonths(range.to.slice(0, 8) + '01', -12 * RETENTION_YEARS);
    return [
      { ...range, from: asIsoDate(cut) },
      { ...range, to: asIsoDate(cut) },
    ];
  }
  const start = dayNumber(range.from);
  const end = dayNumber(range.to);
  if (end - start < 2) return undefined;
  const middle = dateOf(start + Math.floor((end - start) / 2));
  return [
    { ...range, to: middle },
    { ...range, from: middle },
  ];
}

/**
 * The quarters from `from` up to `today` as ranges, the last one open-ended. SharePoint refuses
 * a query whose indexed column matches more than 5,000 items of a large list; a quarter keeps
 * each under that for a council receiving fewer than 20,000 a year (a larger one's are cut
 * further when refused: `narrowerReads`), and the quarters are read side by side.
 */
export function quarterRangesSince(column: string, from: IsoDate, today: IsoDate): DateRange[] {
  const { ranges, rest } = wholeQuarters(column, from, today);
  // The last one runs on without an end.
  return [...ranges, { column, from: rest }];
}

/**
 * The quarters from `from` up to `to` as bounded ranges, the last one ending at `to`: the part
 * of a window a first read left out, when it is widened back (`ListDefinition.widerFilters`).
 *   quarterRangesBetween('Received', '2025-04-01', '2025-11-01')
 *   → [{ from: '2025-04-01', to: '2025-07-01' }, { from: '2025-07-01', to: '2025-10-01' },
 *      { from: '2025-10-01', to: '2025-11-01' }]
 */
export function quarterRangesBetween(column: string, from: IsoDate, to: IsoDate): DateRange[] {
  const { ranges, rest } = wholeQuarters(column, from, to);
  return rest < to ? [...ranges, { column, from: rest, to }] : ranges;
}

/**
 * The quarters from `from` (the first ends three months after the first of its month) that
 * end by `to`, and the day the rest starts.
 */
function wholeQuarters(
  column: string,
  from: IsoDate,
  to: IsoDate,
): { ranges: DateRange[]; rest: IsoDate } {
  const ranges: DateRange[] = [];
  let start: IsoDate = from;
  for (let end = addMonths(from.slice(0, 8) + '01', 3); end <= to; end = addMonths(end, 3)) {
    ranges.push({ column, from: start, to: asIsoDate(end) });
    start = asIsoDate(end);
  }
  return { ranges, rest: start };
}

/**
 * `$filter`s that together match the items whose `column` is on or after `from`, one per
 * quarter up to `today` and one for anything later (`quarterRangesSince`).
 *   quartersSince('Received', '2025-04-01', '2025-11-23')
 *   → ["fields/Received ge '2025-03-31T23:00:00Z' and fields/Received lt '2025-06-30T23:00:00Z'",
 *      "… ge '2025-06-30T23…' and … lt '2025-09-30T23…'", "fields/Received ge '2025-09-30T23:00:00Z'"]
 */
export function quartersSince(column: string, from: IsoDate, today: IsoDate): string[] {
  return quarterRangesSince(column, from, today).map(filterText);
}

/**
 * The items dated before `from`, the history a first view leaves for later: one range per year
 * back to the start of the year `from` falls in, newest first (the largest reads first, so the
 * client's few concurrent requests stay busy), and one range for everything older. With the
 * recent window's filters they cover the whole list, read side by side instead of as one chain
 * of delta pages. A year SharePoint refuses as over its threshold is cut in two and asked again.
 *   yearsBefore('Received', '2025-04-01', 2)
 *   → [{ from: '2024-04-01', to: '2025-04-01' }, { from: '2023-04-01', to: '2024-04-01' }, { to: '2023-04-01' }]
 */
export function yearsBefore(column: string, from: IsoDate, years: number): DateRange[] {
  const ranges: DateRange[] = [];
  let end: IsoDate = from;
  for (let i = 0; i < years; i += 1) {
    const start = asIsoDate(addMonths(end.slice(0, 8) + '01', -12));
    ranges.push({ column, from: start, to: end });
    end = start;
  }
  ranges.push({ column, to: end });
  return ranges;
}

/**
 * Every item by `column`, one range per year back from the first of next month (newest
 * first), one for everything older than a council's retention and one for anything dated
 * after: a whole list read side by side (`ListDefinition.wholeListFilters`).
 *   everyYear('At', '2025-11-23')
 *   → [{ from: '2024-12-01', to: '2025-12-01' }, …, { to: '2018-12-01' }, { from: '2025-12-01' }]
 */
export function everyYear(column: string, today: IsoDate): DateRange[] {
  const next = asIsoDate(addMonths(today.slice(0, 8) + '01', 1));
  return [...yearsBefore(column, next, RETENTION_YEARS), { column, from: next }];
}

/** `before('Received', '2025-04-01')` → `fields/Received lt '2025-03-31T23:00:00Z'`. */
export function before(column: string, date: IsoDate): string {
  return `fields/${column} lt ${dateLiteral(date)}`;
}

/** `onOrAfter('Closed', '2025-04-01')` → `fields/Closed ge '2025-03-31T23:00:00Z'`. */
export function onOrAfter(column: string, date: IsoDate): string {
  return `fields/${column} ge ${dateLiteral(date)}`;
}
