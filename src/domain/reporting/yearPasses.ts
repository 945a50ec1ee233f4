import { ComplimentTally, MpEnquiryTally } from './complimentAndMpFigures';
import { CodeTally } from './codeFigures';
import { slotOf, type YearSlots } from './financialYear';
import { EqualityTally, type EqualityByCase } from './equalityFigures';
import { OutcomeTally } from './outcomeFigures';
import { PartsTally } from './partFigures';
import { ProfileTally } from './profileFigures';
import { ReceivedTally } from './receivedFigures';
import type { DayCalendar } from './reportCalendar';
import { NO_DAY, datedPauseDays, daysTaken } from './reportDays';
import { KIND, type CaseFacts, type ScopedInput, type StageFacts } from './reportInput';
import { Stage2ElementsTally } from './stage2Elements';
import { TimelinessTally } from './stageTimeliness';

/** What one year's figures gather from the cases and their stages. */
export class YearTallies {
  readonly received = new ReceivedTally();
  readonly outcomes = new OutcomeTally();
  readonly timeliness = new TimelinessTally();
  readonly stage2Elements = new Stage2ElementsTally();
  readonly compliments = new ComplimentTally();
  readonly mpEnquiries = new MpEnquiryTally();
  readonly code = new CodeTally();
  readonly profile = new ProfileTally();
  readonly parts = new PartsTally();
  /** Absent when the report is made without equality monitoring. */
  readonly equality: EqualityTally | undefined;

  constructor(equality: EqualityByCase | null) {
    this.equality = equality ? new EqualityTally(equality) : undefined;
  }
}

export interface PassOptions {
  readonly days: DayCalendar;
  readonly stage2ClockStart: 'request' | 'statement_agreed';
  readonly mpResponseDays: number;
}

/**
 * One pass over the cases and one over the stages, for the report's year and the year before
 * at once: each date is placed in a year by comparing day numbers, and working days are
 * counted on day numbers. Returns `[the year, the year before]`.
 * Which basis each figure uses (received, resolved, panel met) is in each tally's comment.
 */
export function tallyYears(
  scoped: ScopedInput,
  slots: YearSlots,
  options: PassOptions,
): readonly [YearTallies, YearTallies] {
  const years = [new YearTallies(scoped.equality), new YearTallies(scoped.equality)] as const;
  passOverCases(scoped, slots, options, years);
  passOverStages(scoped, slots, options, years);
  return years;
}

function passOverCases(
  scoped: ScopedInput,
  slots: YearSlots,
  { days, mpResponseDays }: PassOptions,
  years: readonly [YearTallies, YearTallies],
): void {
  const { cases } = scoped;
  const { received, closed, responded, kind } = scoped.caseDays;
  // A case is read only when one of its dates falls in the two years.
  for (let i = 0; i < cases.length; i += 1) {
    const receivedDay = received[i] as number;
    const receivedIn = slotOf(slots, receivedDay);
    if (receivedIn >= 0) {
      const c = cases[i] as CaseFacts;
      const year = years[receivedIn] as YearTallies;
      year.received.addCase(c);
      if (c.type === 'complaint') {
        year.profile.addComplaint(c);
        year.parts.addReceived(c);
        year.equality?.addComplaint(c);
      } else if (c.type === 'compliment') year.compliments.addCompliment(c);
      else if (c.type === 'mp_enquiry') year.mpEnquiries.addReceived(c);
    }
    if (kind[i] === KIND.complaint) {
      const closedIn = slotOf(slots, closed[i] as number);
      if (closedIn >= 0) {
        const c = cases[i] as CaseFacts;
        const year = years[closedIn] as YearTallies;
        year.outcomes.addComplaint(c);
        year.parts.addResolved(c);
      }
    } else if (kind[i] === KIND.mp_enquiry) {
      const respondedDay = responded[i] as number;
      const respondedIn = slotOf(slots, respondedDay);
      if (respondedIn >= 0)
        (years[respondedIn] as YearTallies).mpEnquiries.addResponse(
          daysTaken(days, receivedDay, respondedDay),
          mpResponseDays,
        );
    }
  }
}

function passOverStages(
  scoped: ScopedInput,
  slots: YearSlots,
  { days, stage2ClockStart }: PassOptions,
  years: readonly [YearTallies, YearTallies],
): void {
  const { stages, stageCases } = scoped;
  const d = scoped.stageDays;
  /** Working days from `start` to `end`, the stage's pauses excluded, never below 0. */
  const onClock = (i: number, stage: StageFacts, start: number, end: number): number => {
    let paused = d.fixedPause[i] as number;
    if (d.datedPauses[i] === 1) paused += datedPauseDays(days, stage.pauses, end);
    const taken = daysTaken(days, start, end) - paused;
    return taken < 0 ? 0 : taken;
  };
  for (let i = 0; i < stages.length; i += 1) {
    // A stage is read only when one of its dates falls in the two years.
    const number = d.number[i] as number;
    const requested = d.requested[i] as number;
    const responded = d.responded[i] as number;
    const requestedIn = slotOf(slots, requested);
    const respondedIn = slotOf(slots, responded);
    const panelMet = d.panelMet[i] as number;
    const panelIn = number === 3 ? slotOf(slots, panelMet) : -1;
    if (requestedIn < 0 && respondedIn < 0 && panelIn < 0) continue;
    const stage = stages[i] as StageFacts;
    if (requestedIn >= 0)
      (years[requestedIn] as YearTallies).received.addStageRequest(
        number as StageFacts['number'],
        (stageCases[i] as CaseFacts).escalatedForDelay === true,
      );

    if (number === 1) {
      if (respondedIn >= 0)
        (years[respondedIn] as YearTallies).timeliness.addStage1(
          onClock(i, stage, requested, responded),
          stage.extension !== undefined,
        );
    } else if (number === 2) {
      if (respondedIn >= 0) {
        const started = d.started[i] as number;
        const start =
          stage2ClockStart === 'statement_agreed' && started !== NO_DAY ? started : requested;
        const year = years[respondedIn] as YearTallies;
        year.timeliness.addStage2(onClock(i, stage, start, responded));
        if (stage.elements !== undefined)
          year.stage2Elements.add(stage.responded as string, stage.elements);
      }
    } else if (number === 3) {
      if (panelIn >= 0) {
        const report = d.panelReport[i] as number;
        (years[panelIn] as YearTallies).timeliness.addPanel(
          onClock(i, stage, requested, panelMet),
          report === NO_DAY ? undefined : daysTaken(days, panelMet, report),
          report === NO_DAY || responded === NO_DAY
            ? undefined
            : daysTaken(days, report, responded),
        );
      }
    }

    if ((number === 1 || number === 2) && (stageCases[i] as CaseFacts).procedure === 'corporate') {
      const acknowledged = d.acknowledged[i] as number;
      if (requestedIn >= 0)
        (years[requestedIn] as YearTallies).code.addRequest(
          number,
          acknowledged === NO_DAY ? undefined : daysTaken(days, requested, acknowledged),
        );
      if (respondedIn >= 0)
        (years[respondedIn] as YearTallies).code.addResponse(
          number,
          onClock(i, stage, acknowledged === NO_DAY ? requested : acknowledged, responded),
          stage.extension !== undefined,
        );
    }
  }
}
