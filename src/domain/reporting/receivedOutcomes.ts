import { causes, outcomes, type Cause, type Outcome } from '../records';
import { countArea, sortedByCountThenName } from './receivedFigures';
import type { CaseFacts, ScopedInput } from './reportInput';
import type { Counts, ReceivedOutcomes } from './reportTypes';
import { zeroCounts } from './tally';

const outcomeCounts = (): Counts<Outcome | 'not_recorded'> => ({
  ...zeroCounts(outcomes),
  not_recorded: 0,
});

/**
 * Complaints received between day `from` and day `to` (day numbers, both included) followed
 * to the year end: closed by `to` with their outcome (and each cause by outcome), or still
 * open at `to`. `which` narrows the complaints (joint complaints with the NHS).
 * Received 10 May, closed 2 April the next year → received in the year, open at its end.
 */
export function receivedOutcomes(
  scoped: ScopedInput,
  from: number,
  to: number,
  which: (c: CaseFacts) => boolean = () => true,
): ReceivedOutcomes {
  let complaints = 0;
  let closedByYearEnd = 0;
  const byOutcome = outcomeCounts();
  const byCauseAndOutcome = {} as Record<Cause, Counts<Outcome | 'not_recorded'>>;
  for (const cause of causes) byCauseAndOutcome[cause] = outcomeCounts();
  const byServiceArea: Record<string, number> = {};
  const { cases } = scoped;
  const { received, closed } = scoped.caseDays;
  for (let i = 0; i < cases.length; i += 1) {
    const day = received[i] as number;
    if (day < from || day > to) continue;
    const c = cases[i] as CaseFacts;
    if (c.type !== 'complaint' || !which(c)) continue;
    complaints += 1;
    countArea(byServiceArea, c);
    const closedDay = closed[i] as number;
    // NO_DAY (not closed) is below every day, so `closedDay >= day` leaves it out.
    if (closedDay < day || closedDay > to) continue;
    closedByYearEnd += 1;
    const outcome = c.outcome ?? 'not_recorded';
    byOutcome[outcome] += 1;
    for (const cause of c.causes) byCauseAndOutcome[cause][outcome] += 1;
  }
  return {
    complaints,
    closedByYearEnd,
    openAtYearEnd: complaints - closedByYearEnd,
    byOutcome,
    byCauseAndOutcome,
    byServiceArea: sortedByCountThenName(byServiceArea),
  };
}
