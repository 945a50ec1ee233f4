/**
 * Generates the shipped bank-holiday snapshot `src/domain/calendar/data/bank-holidays.json`
 * in gov.uk feed format, offline: the regular days and substitute days come from the rules
 * of `date-holidays`; the one-off days are written down here from the proclamations, so
 * they are right even where the package is not. Check the output by hand against
 * https://www.gov.uk/bank-holidays before committing it.
 *
 *   npx tsx scripts/generate-bank-holidays.ts [--from 2018] [--to 2027]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { publicHolidaysByRule } from '../src/domain/calendar/ruleBasedBankHolidays';
import { NATIONS, type Nation } from '../src/domain/calendar/nation';
import { isWeekendDayNumber, toDayNumber } from '../src/domain/calendar/dayNumber';
import {
  parseBankHolidayFeed,
  type BankHolidayEvent,
  type BankHolidayFeed,
} from '../src/domain/calendar/bankHolidayFeed';
import { asIsoDate, type IsoDate } from '../src/domain/primitives/brand';
import { createLogger, stderrSink } from '../src/log/logger';

/** gov.uk's titles for the regular days, keyed by the package's names. */
const GOV_UK_TITLES: Record<string, string> = {
  "New Year's Day": 'New Year’s Day',
  'January 2nd': '2nd January',
  'Good Friday': 'Good Friday',
  'Easter Monday': 'Easter Monday',
  'Early May bank holiday': 'Early May bank holiday',
  'Spring bank holiday': 'Spring bank holiday',
  'Summer bank holiday': 'Summer bank holiday',
  'Christmas Day': 'Christmas Day',
  'Boxing Day': 'Boxing Day',
  'St Andrew’s Day': 'St Andrew’s Day',
  'St Patrick’s Day': 'St Patrick’s Day',
  'Battle of the Boyne (Orangemen’s Day)': 'Battle of the Boyne (Orangemen’s Day)',
};

/** Days gov.uk flies no bunting for. */
const NO_BUNTING = new Set([
  'Good Friday',
  'Bank Holiday for the State Funeral of Queen Elizabeth II',
]);

/**
 * One-off changes, UK-wide (all three divisions): `remove` a regular day that moved,
 * `add` the day it moved to or the extra day.
 */
const ONE_OFFS: readonly { remove?: string; add: { date: string; title: string } }[] = [
  // 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May (VE day 75).
  { remove: '2020-05-04', add: { date: '2020-05-08', title: 'Early May bank holiday (VE day)' } },
  // 2022: the spring bank holiday moved from Monday 30 May to Thursday 2 June, plus Friday 3 June.
  { remove: '2022-05-30', add: { date: '2022-06-02', title: 'Spring bank holiday' } },
  { add: { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' } },
  {
    add: {
      date: '2022-09-19',
      title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    },
  },
  { add: { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' } },
];

function eventsFor(nation: Nation, from: number, to: number): BankHolidayEvent[] {
  const byDate = new Map<string, BankHolidayEvent>();
  for (let year = from; year <= to; year += 1) {
    const holidays = publicHolidaysByRule(nation, year);
    // A weekend holiday is not a day off: gov.uk lists its substitute instead. Pair the
    // substitutes with the weekend holidays they replace, in date order.
    const onWeekend = holidays.filter(
      (h) => !h.substitute && isWeekendDayNumber(toDayNumber(h.date)),
    );
    const substitutes = holidays.filter((h) => h.substitute);
    substitutes.forEach((substitute, index) => {
      const replaced =
        onWeekend[index]?.name ?? substitute.name.replace(/ \(substitute day\)$/, '');
      byDate.set(substitute.date, event(substitute.date, replaced, 'Substitute day'));
    });
    for (const holiday of holidays) {
      if (holiday.substitute || isWeekendDayNumber(toDayNumber(holiday.date))) continue;
      byDate.set(holiday.date, event(holiday.date, holiday.name, ''));
    }
  }
  for (const change of ONE_OFFS) {
    const year = Number(change.add.date.slice(0, 4));
    if (year < from || year > to) continue;
    if (change.remove) byDate.delete(change.remove);
    byDate.set(change.add.date, event(asIsoDate(change.add.date), change.add.title, ''));
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function event(date: IsoDate, name: string, notes: string): BankHolidayEvent {
  const title = GOV_UK_TITLES[name] ?? name;
  return { title, date, notes, bunting: !NO_BUNTING.has(title) };
}

/** The snapshot for the years `from`–`to`, validated as a gov.uk feed. */
export function buildBankHolidaySnapshot(from: number, to: number): BankHolidayFeed {
  const feed = Object.fromEntries(
    NATIONS.map((nation) => [nation, { division: nation, events: eventsFor(nation, from, to) }]),
  );
  const checked = parseBankHolidayFeed(feed);
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value;
}

function main(): void {
  const { values } = parseArgs({
    options: { from: { type: 'string', default: '2018' }, to: { type: 'string', default: '2027' } },
  });
  const from = Number(values.from);
  const to = Number(values.to);
  const snapshot = buildBankHolidaySnapshot(from, to);
  const out = fileURLToPath(
    new URL('../src/domain/calendar/data/bank-holidays.json', import.meta.url),
  );
  writeFileSync(out, `${JSON.stringify(snapshot, null, 2)}\n`);
  const counts = NATIONS.map((n) => `${n} ${snapshot[n].events.length}`).join(', ');
  createLogger({ scope: 'generate-bank-holidays', sink: stderrSink }).info(
    `wrote ${out} (${from}–${to}: ${counts})`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
