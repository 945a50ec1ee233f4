import { addCalendarMonthsToDayNumber } from '../calendar';
import type { ScopedInput } from './reportInput';
import type { AdultsTimeliness } from './reportTypes';
import { percent } from './tally';

/**
 * The 2009 regulations' measure for adults' complaints: Stage 1 responses given between day
 * `from` and day `to` (both included) within six calendar months of receipt (reg. 14(2); past
 * six months the council must write to explain). Received 31 August, answered 28 February →
 * within six months (the month is clamped); answered 1 March → over.
 */
export function adultsTimeliness(scoped: ScopedInput, from: number, to: number): AdultsTimeliness {
  let responded = 0;
  let within = 0;
  const { stages, stageCases } = scoped;
  const d = scoped.stageDays;
  for (let i = 0; i < stages.length; i += 1) {
    if (stages[i]?.number !== 1 || stageCases[i]?.procedure !== 'adults_statutory') continue;
    const answered = d.responded[i] as number;
    if (answered < from || answered > to) continue;
    responded += 1;
    if (answered <= addCalendarMonthsToDayNumber(d.requested[i] as number, 6)) within += 1;
  }
  return {
    responded,
    withinSixMonths: within,
    overSixMonths: responded - within,
    percentWithinSixMonths: percent(within, responded),
  };
}
