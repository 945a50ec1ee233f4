// The lint pattern for src/data also matches this folder's own `data/` snapshot file.
import snapshot from './data/bank-holidays.json';
import { parseBankHolidayFeed, type BankHolidayFeed } from './bankHolidayFeed';

/**
 * The bank-holiday snapshot shipped with the app (gov.uk feed format, 2018–2027, generated
 * by `scripts/generate-bank-holidays.ts` and checked by hand). A complaints manager can
 * replace it with a newer gov.uk file; see `parseBankHolidayFeed`.
 */
function loadShippedFeed(): BankHolidayFeed {
  const parsed = parseBankHolidayFeed(snapshot);
  // The file is ours and tested: failing here is a bug in the build, not a user error.
  if (!parsed.ok)
    throw new Error(`Shipped bank-holiday snapshot is invalid: ${parsed.error.message}`);
  return parsed.value;
}

let shipped: BankHolidayFeed | undefined;

/**
 * The shipped snapshot, checked at first use rather than when the module loads: every page
 * imports the calendar, and checking ten years of holidays would delay the tab's first paint.
 */
export function shippedBankHolidays(): BankHolidayFeed {
  shipped ??= loadShippedFeed();
  return shipped;
}
