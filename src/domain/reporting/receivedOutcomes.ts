import { causes, outcomes, type Cause, type Outcome } from '../records';
import { countArea, sortedByCountThenName } from './receivedFigures';
import { KIND, type CaseFacts, type ScopedInput } from './reportInput';
import type { Counts, ReceivedOutcomes } from './reportTypes';
import { zeroCounts } from './tally';

const outcomeCounts = (): Counts<Outcome | 'not_recorded'> => ({
  ...zeroCounts(outcomes),
  not_recorded: 0,
});

/** Complaints received in one year, followed to its end (the year's last day, `to`). */
class ReceivedOutcomeTally {
  private complaints = 0;
  private closedByYearEnd = 0;
  private readonly byOutcome = outcomeCounts();
  private readonly byCauseAndOutcome = {} as Record<Cause, Counts<Outcome | 'not_recorded'>>;
  private readonly byServiceArea: Record<string, number> = {};

  constructor(private readonly to: number) {
    for (const cause of causes) this.byCauseAndOutcome[cause] = outcomeCounts();
  }

  add(c: CaseFacts, receivedDay: number, closedDay: number): void {
    this.complaints += 1;
    countArea(this.byServiceArea, c);
    // NO_DAY (not closed) is below every day, so `closedDay < receivedDay` leaves it out.
    if (closedDay < receivedDay || closedDay > this.to) return;
    this.closedByYearEnd += 1;
    const outcome = c.outcome ?? 'not_recorded';
    this.byOutcome[outcome] += 1;
    for (const cause of c.causes) this.byCauseAndOutcome[cause][outcome] += 1;
  }

  finish(): ReceivedOutcomes {
    return {
      complaints: this.complaints,
      closedByYearEnd: this.closedByYearEnd,
      openAtYearEnd: this.complaints - this.closedByYearEnd,
      byOutcome: this.byOutcome,
      byCauseAndOutcome: this.byCauseAndOutcome,
      byServiceArea: sortedByCountThenName(this.byServiceArea),
    };
  }
}

/** A year's received-basis outcomes: every complaint, and those handled jointly with the NHS. */
export interface YearReceivedOutcomes {
  readonly all: ReceivedOutcomes;
  /** Adults' complaints handled jointly with the NHS; null when not asked for. */
  readonly jointWithNhs: ReceivedOutcomes | null;
}

/**
 * Complaints received in each year (`[from, to]` day numbers, both included) followed to that
 * year's end: closed by then with their outcome (and each cause by outcome), or still open.
 * One pass over the cases for every year, and the joint NHS complaints when `withJoint`.
 * Received 10 May, closed 2 April the next year → received in the year, open at its end.
 */
export function receivedOutcomes(
  scoped: ScopedInput,
  years: readonly (readonly [from: number, to: number])[],
  withJoint: boolean,
): YearReceivedOutcomes[] {
  const all = years.map(([, to]) => new ReceivedOutcomeTally(to));
  const joint = years.map(([, to]) => new ReceivedOutcomeTally(to));
  const { cases } = scoped;
  const { received, closed, kind } = scoped.caseDays;
  for (let i = 0; i < cases.length; i += 1) {
    const day = received[i] as number;
    let year = 0;
    while (year < years.length) {
      const [from, to] = years[year] as readonly [number, number];
      if (day >= from && day <= to) break;
      year += 1;
    }
    if (year === years.length || kind[i] !== KIND.complaint) continue;
    const c = cases[i] as CaseFacts;
    const closedDay = closed[i] as number;
    (all[year] as ReceivedOutcomeTally).add(c, day, closedDay);
    if (withJoint && c.jointWithNhs && c.procedure === 'adults_statutory')
      (joint[year] as ReceivedOutcomeTally).add(c, day, closedDay);
  }
  return years.map((_, year) => ({
    all: (all[year] as ReceivedOutcomeTally).finish(),
    jointWithNhs: withJoint ? (joint[year] as ReceivedOutcomeTally).finish() : null,
  }));
}
