import { addCalendarMonthsToDayNumber } from '../calendar';
import { dayOf } from './reportDays';
import type { ScopedInput, StageFacts } from './reportInput';
import type { AdultsTimeliness } from './reportTypes';
import { percent } from './tally';

/**
 * The 2009 regulations' measures for adults' complaints, over Stage 1 responses given between
 * day `from` and day `to` (both included):
 * - within six calendar months of receipt (reg. 14(2); past six months the council must write
 *   to explain). Received 31 August, answered 28 February → within six months (the month is
 *   clamped); answered 1 March → over;
 * - within the period agreed with the complainant, of the responses whose agreed date was
 *   recorded: answered on or before that date (docs/domain.md, Timescales).
 */
export function adultsTimeliness(scoped: ScopedInput, from: number, to: number): AdultsTimeliness {
  let responded = 0;
  let within = 0;
  let agreed = 0;
  let withinAgreed = 0;
  const { stages } = scoped;
  const d = scoped.stageDays;
  for (let i = 0; i < stages.length; i += 1) {
    if (d.number[i] !== 1 || d.adults[i] !== 1) continue;
    const answered = d.responded[i] as number;
    if (answered < from || answered > to) continue;
    const stage = stages[i] as StageFacts;
    responded += 1;
    if (answered <= addCalendarMonthsToDayNumber(d.requested[i] as number, 6)) within += 1;
    if (stage.agreedResponse !== undefined) {
      agreed += 1;
      if (answered <= dayOf(stage.agreedResponse)) withinAgreed += 1;
    }
  }
  return {
    responded,
    withinSixMonths: within,
    overSixMonths: responded - within,
    percentWithinSixMonths: percent(within, responded),
    withAgreedPeriod: agreed,
    withinAgreedPeriod: withinAgreed,
    percentWithinAgreedPeriod: percent(withinAgreed, agreed),
  };
}
