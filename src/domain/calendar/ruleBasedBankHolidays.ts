import Holidays from 'date-holidays';
import { asIsoDate, type IsoDate } from '../primitives/brand';
import type { Nation } from './nation';

/**
 * Bank holidays from the rules of `date-holidays` (country GB; state ENG, SCT or NIR;
 * type `public`; the holiday's local `date` field), for years the gov.uk snapshot does not
 * cover. Rules know the regular days and substitute days; one-off days announced later
 * only appear once the package (or the snapshot) is updated.
 * `bankHolidaysByRule('england-and-wales', 2030)` includes `'2030-12-25'`.
 */
const STATE_OF_NATION: Record<Nation, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

// Building the rules parses the package's data, so each nation's rules are built once.
const rulesByNation = new Map<Nation, Holidays>();
function rulesFor(nation: Nation): Holidays {
  let rules = rulesByNation.get(nation);
  if (!rules) {
    rules = new Holidays('GB', STATE_OF_NATION[nation]);
    rulesByNation.set(nation, rules);
  }
  return rules;
}

export interface RuleBasedHoliday {
  readonly date: IsoDate;
  readonly name: string;
  readonly substitute: boolean;
}

/** Every public holiday in the year, including those on a weekend (with their substitutes). */
export function publicHolidaysByRule(nation: Nation, year: number): readonly RuleBasedHoliday[] {
  return rulesFor(nation)
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({
      date: asIsoDate(holiday.date.slice(0, 10)),
      name: holiday.name,
      substitute: holiday.substitute === true,
    }));
}

/** The dates only: the fallback source a working calendar takes. */
export function bankHolidaysByRule(nation: Nation, year: number): readonly IsoDate[] {
  return publicHolidaysByRule(nation, year).map((holiday) => holiday.date);
}
