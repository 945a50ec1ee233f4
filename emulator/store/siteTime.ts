/**
 * A site's time zone, as SharePoint keeps it in the site's regional settings. Date-only
 * columns are stored at midnight in that zone and answered in UTC, so in Europe/London
 * "1 April 2025" (British Summer Time) is `2025-03-31T23:00:00Z`. Reported in
 * https://github.com/pnp/pnpjs/issues/1890 (date-only values at 05:00Z or 06:00Z for a site
 * in US Central time) and microsoftgraph/microsoft-graph-docs#13168.
 */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for a zone the runtime does not know: checked once at start-up. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function localParts(time: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(time)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts as unknown as LocalParts;
}

/** How far the zone's clock is ahead of UTC at `time`, in ms (BST: 3,600,000). */
export function offsetAt(time: number, timeZone: string): number {
  const p = localParts(time, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(time / 1000) * 1000;
}

/**
 * The instant of local midnight at the start of a calendar date.
 *   localMidnight('2025-04-01', 'Europe/London') → Date.parse('2025-03-31T23:00:00Z')
 *   localMidnight('2025-01-15', 'Europe/London') → Date.parse('2025-01-15T00:00:00Z')
 */
export function localMidnight(date: string, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - offsetAt(guess, timeZone);
  // The offset at the answer may differ from the one at the guess (a clock change between).
  return guess - offsetAt(first, timeZone);
}

/**
 * The calendar date an instant falls on in the zone.
 *   localDate(Date.parse('2025-03-31T23:30:00Z'), 'Europe/London') → '2025-04-01'
 */
export function localDate(time: number, timeZone: string): string {
  const p = localParts(time, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
