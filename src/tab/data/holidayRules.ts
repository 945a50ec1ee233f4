import type { HolidaysBeyondFeed } from '../../domain/calendar/feedCalendar';

/**
 * The `date-holidays` rules, for bank holidays beyond the gov.uk feed. The package is large
 * (1.6 MB of script) and a council's data usually fall within the feed's years, so the tab
 * loads it only when the data reach beyond them (`loadCalendarFor` in derived.ts, before a
 * snapshot is shown).
 */
let rules: HolidaysBeyondFeed | undefined;
let loading: Promise<void> | undefined;

export function loadHolidayRules(): Promise<void> {
  loading ??= import(
    /* webpackChunkName: "holiday-rules" */ '../../domain/calendar/ruleBasedBankHolidays'
  ).then((module) => {
    rules = module.bankHolidaysByRule;
  });
  return loading;
}

/**
 * The rules' bank holidays, once loaded. Before that, none: the tab loads the rules before it
 * shows data whose years need them, so this is reached only for a year nobody asked for.
 */
export const holidaysBeyondFeed: HolidaysBeyondFeed = (nation, year) =>
  rules ? rules(nation, year) : [];

export function holidayRulesLoaded(): boolean {
  return rules !== undefined;
}
