import { format } from 'date-fns';
import { ukOffsetAt } from '../calendar/ukTime';

/**
 * Dates and times as UK councils write them: day, full month name, year ("9 May 2025"),
 * times on the 24-hour clock in England's local time (GMT in winter, BST in summer).
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time: string;
}

/** The date and time an instant shows on a clock in England (GMT/BST). */
export function inLondon(instant: Date): WallClock {
  const wall = new Date(instant.getTime() + ukOffsetAt(instant.getTime()));
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    time: `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`,
  };
}

/**
 * date-fns formats a Date in the machine's own zone, so the calendar day is rebuilt there at
 * noon: midday is never skipped by a clock change, whatever zone the machine is in.
 */
function dayText(year: number, month: number, day: number): string {
  return format(new Date(year, month - 1, day, 12), 'd MMMM yyyy');
}

/**
 * `formatUkDate('2025-05-09')` → `'9 May 2025'`. A full timestamp gives its date in England:
 * `formatUkDate('2025-05-08T23:30:00Z')` → `'9 May 2025'` (00:30 BST). Text that is not a
 * date comes back unchanged, so nothing an officer typed is lost on screen.
 */
export function formatUkDate(value: string | Date): string {
  if (typeof value === 'string') {
    const m = isoDate.exec(value);
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const probe = new Date(Date.UTC(year, month - 1, day));
      if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return value;
      return dayText(year, month, day);
    }
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return typeof value === 'string' ? value : '';
  const wall = inLondon(instant);
  return dayText(wall.year, wall.month, wall.day);
}

/**
 * An instant as the date and time on a clock in England:
 * `formatUkDateTime('2025-05-09T13:05:00Z')` → `'9 May 2025, 14:05'` (BST);
 * `formatUkDateTime('2025-01-09T13:05:00Z')` → `'9 January 2025, 13:05'` (GMT).
 * Text that is not a timestamp comes back unchanged.
 */
export function formatUkDateTime(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return typeof value === 'string' ? value : '';
  const wall = inLondon(instant);
  return `${dayText(wall.year, wall.month, wall.day)}, ${wall.time}`;
}

/**
 * The time on a clock in England, 24-hour: `formatUkTime('2025-05-09T13:05:00Z')` → `'14:05'`
 * (BST), `formatUkTime('2025-01-09T13:05:00Z')` → `'13:05'` (GMT). Not a timestamp → `''`.
 */
export function formatUkTime(value: string | Date | number): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  return inLondon(instant).time;
}

/**
 * The hint for a date box, in the order the browser shows its day, month and year for
 * `locale` (the browser's language: a native date box follows it):
 * `dateInputHint('en-GB')` → `'dd/mm/yyyy, for example 09/05/2025'`;
 * `dateInputHint('en-US')` → `'mm/dd/yyyy, for example 05/09/2025'`.
 */
export function dateInputHint(locale: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).formatToParts(new Date(2025, 4, 9, 12));
  } catch {
    return dateInputHint('en-GB');
  }
  const pattern: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
    day: 'dd',
    month: 'mm',
    year: 'yyyy',
  };
  const shape = parts.map((p) => pattern[p.type] ?? p.value).join('');
  return `${shape}, for example ${parts.map((p) => p.value).join('')}`;
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A date as people in the UK type it, as `YYYY-MM-DD`; `undefined` when it is not a real day.
 * Day first: `'25/12/2026'`, `'25-12-2026'`, `'25.12.2026'`, `'25 December 2026'`,
 * `'25 Dec 2026'` → `'2026-12-25'`; `'2026-12-25'` is taken as written; `'12/25/2026'` and
 * `'30 February 2026'` → `undefined`.
 */
export function parseUkDate(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  let year: number;
  let month: number;
  let day: number;
  const iso = isoDate.exec(t);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric)
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (words) {
    const name = words[2]!;
    const index = monthNames.findIndex((m) => name.length >= 3 && m.startsWith(name));
    if (index < 0) return undefined;
    [day, month, year] = [Number(words[1]), index + 1, Number(words[3])];
  } else return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1) return undefined;
  if (probe.getUTCDate() !== day) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}`;
}
