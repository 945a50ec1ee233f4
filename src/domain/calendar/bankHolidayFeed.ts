import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../primitives/brand';
import { err, ok, type Result } from '../primitives/result';
import type { Nation } from './nation';

/**
 * The gov.uk bank-holiday feed (https://www.gov.uk/bank-holidays.json), the format of the
 * shipped snapshot and of the file a complaints manager uploads to refresh it:
 * `{"england-and-wales":{"division":"england-and-wales","events":[{"title":"Christmas Day",
 * "date":"2025-12-25","notes":"","bunting":true}]},"scotland":{…},"northern-ireland":{…}}`.
 */
const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a date in the form YYYY-MM-DD' })
  .transform((value) => value as IsoDate);

export const bankHolidayEventSchema = z.object({
  title: z.string().min(1),
  date: isoDateSchema,
  notes: z.string().default(''),
  bunting: z.boolean().default(false),
});

const divisionSchema = (nation: Nation) =>
  z.object({
    division: z.literal(nation),
    events: z.array(bankHolidayEventSchema),
  });

export const bankHolidayFeedSchema = z.object({
  'england-and-wales': divisionSchema('england-and-wales'),
  scotland: divisionSchema('scotland'),
  'northern-ireland': divisionSchema('northern-ireland'),
});

export type BankHolidayEvent = z.infer<typeof bankHolidayEventSchema>;
export type BankHolidayFeed = z.infer<typeof bankHolidayFeedSchema>;

/**
 * Validates an uploaded feed. Unknown keys are ignored (gov.uk may add some); a missing
 * division or a malformed date is refused with the path of the first problem, e.g.
 * `parseBankHolidayFeed({})` → `{ ok: false, error: { code: 'invalid_bank_holiday_feed',
 * message: 'england-and-wales: …' } }`.
 */
export function parseBankHolidayFeed(json: unknown): Result<BankHolidayFeed> {
  const parsed = bankHolidayFeedSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'feed';
  return err({
    code: 'invalid_bank_holiday_feed',
    message: `Not a gov.uk bank-holiday feed: ${where}: ${issue?.message ?? 'invalid'}`,
  });
}

/** The years a feed covers for a nation (those with at least one event). */
export function yearsCoveredByFeed(feed: BankHolidayFeed, nation: Nation): ReadonlySet<number> {
  return new Set(feed[nation].events.map((event) => Number(event.date.slice(0, 4))));
}

/** The bank-holiday dates of one year for a nation, as listed by the feed. */
export function feedHolidaysInYear(
  feed: BankHolidayFeed,
  nation: Nation,
  year: number,
): readonly IsoDate[] {
  const prefix = `${year}-`;
  return feed[nation].events.filter((event) => event.date.startsWith(prefix)).map((e) => e.date);
}
