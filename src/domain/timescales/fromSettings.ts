import { err, ok, type Result } from '../primitives/result';
import { parseBankHolidayFeed } from '../calendar/bankHolidayFeed';
import { calendarForNation } from '../calendar/nationalCalendar';
import type { CouncilSettings } from '../records';
import type { CaseTimelinessOptions } from './caseTimeliness';
import { defaultTimescalePolicy } from './defaultPolicy';
import { applyTimescaleOverrides } from './policy';

/**
 * The calendar, policy and Stage 2 clock rule a council's settings describe: its nation,
 * closure days, uploaded bank-holiday feed (else the shipped snapshot) and timescale
 * changes. Build it once per settings change and pass it to `caseTimeliness`.
 * `timelinessFromSettings(defaultCouncilSettings())` → ok, England and Wales, the default
 * timescales of docs/domain.md.
 */
export function timelinessFromSettings(settings: CouncilSettings): Result<CaseTimelinessOptions> {
  const policy = applyTimescaleOverrides(defaultTimescalePolicy(), settings.timescaleOverrides);
  if (!policy.ok) return policy;
  let feed;
  if (settings.bankHolidayFeed !== undefined) {
    const parsed = parseBankHolidayFeed(settings.bankHolidayFeed);
    if (!parsed.ok) return err(parsed.error);
    feed = parsed.value;
  }
  return ok({
    calendar: calendarForNation({
      nation: settings.nation,
      closureDays: settings.closureDays,
      ...(feed ? { feed } : {}),
    }),
    policy: policy.value,
    childrenStage2ClockStart: settings.childrenStage2ClockStart,
  });
}
