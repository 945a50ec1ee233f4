import type { Snapshot } from '../../data/store';
import { parseBankHolidayFeed, type BankHolidayFeed } from '../../domain/calendar/bankHolidayFeed';
import { calendarFromFeed, feedCovers } from '../../domain/calendar/feedCalendar';
import { shippedBankHolidays } from '../../domain/calendar/shippedBankHolidays';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { CouncilSettings } from '../../domain/records';
import type { ReportInput } from '../../domain/reporting';
import type { IsoDate } from '../../domain/primitives/brand';
import {
  defaultTimescalePolicy,
  applyTimescaleOverrides,
  type TimescalePolicy,
} from '../../domain/timescales';
import { holidayRulesLoaded, holidaysBeyondFeed, loadHolidayRules } from './holidayRules';

/**
 * Values derived from the snapshot that several views need, computed once per snapshot part
 * and kept while that part is unchanged — also across view changes and remounts, which is what
 * makes re-opening a view fast. Keyed by object identity: the tab replaces a part of the
 * snapshot when it changes and never mutates it.
 */
export function memoByIdentity<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** The bank-holiday feed the manager uploaded, or the shipped one. */
const feedOf = memoByIdentity((settings: CouncilSettings): BankHolidayFeed => {
  const uploaded =
    settings.bankHolidayFeed === undefined
      ? undefined
      : parseBankHolidayFeed(settings.bankHolidayFeed);
  return uploaded?.ok ? uploaded.value : shippedBankHolidays();
});

/**
 * The council's working calendar: its nation's bank holidays (uploaded feed or shipped, the
 * `date-holidays` rules beyond it) and closures.
 */
export const calendarOf = memoByIdentity((settings: CouncilSettings): WorkingCalendar =>
  calendarFromFeed({
    nation: settings.nation,
    closureDays: settings.closureDays,
    feed: feedOf(settings),
    beyondFeed: holidaysBeyondFeed,
  }),
);

/**
 * Loads the bank-holiday rules when the snapshot's cases reach beyond the feed's years (from
 * the earliest received to a year after today or the latest received), so the calendar never
 * has to guess; resolves at once when the feed covers them, as it usually does.
 */
export async function loadCalendarFor(snapshot: Snapshot, today: IsoDate): Promise<void> {
  if (holidayRulesLoaded()) return;
  const thisYear = Number(today.slice(0, 4));
  let from = thisYear;
  let to = thisYear + 1;
  for (const { value } of snapshot.cases) {
    const year = Number(value.received.slice(0, 4));
    if (year < from) from = year;
    if (year > to) to = year;
  }
  if (!feedCovers(feedOf(snapshot.settings), snapshot.settings.nation, from, to))
    await loadHolidayRules();
}

/** The timescale policy in force: the defaults with the manager's overrides. */
export const policyOf = memoByIdentity((settings: CouncilSettings): TimescalePolicy => {
  const applied = applyTimescaleOverrides(defaultTimescalePolicy(), settings.timescaleOverrides);
  return applied.ok ? applied.value : defaultTimescalePolicy();
});

const valuesOf = memoByIdentity(<T>(list: readonly { readonly value: T }[]): T[] =>
  list.map((s) => s.value),
) as <T>(list: readonly { readonly value: T }[]) => T[];

/** The snapshot as the reporting module reads it (plain records, no item ids). */
export function reportInputOf(snapshot: Snapshot): ReportInput {
  return {
    cases: valuesOf(snapshot.cases),
    stages: valuesOf(snapshot.stages),
    ombudsman: valuesOf(snapshot.ombudsman),
    costs: valuesOf(snapshot.costs),
    demand: valuesOf(snapshot.demand),
    actions: valuesOf(snapshot.actions),
  };
}

/**
 * Remembers the last result while every argument is the same (by identity), across remounts:
 * `const f = memoLast(expensive); f(a, b); f(a, b)` computes once.
 */
export function memoLast<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (
      lastArgs &&
      lastArgs.length === args.length &&
      lastArgs.every((a, i) => Object.is(a, args[i]))
    )
      return lastResult;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
