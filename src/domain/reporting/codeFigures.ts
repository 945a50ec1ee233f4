import { isInPeriod, type Period } from './financialYear';
import { stageWorkingDays, workingDaysTaken, type ReportCalendar } from './reportCalendar';
import type { ScopedInput, StageFacts } from './reportInput';
import type { CodeFigures, CodeStageFigures } from './reportTypes';
import { percent } from './tally';

/** The Code's limits: acknowledge in 5; respond in 10 (Stage 1) or 20 (Stage 2) after the acknowledgement, extendable by the same again. */
const ACKNOWLEDGE_DAYS = 5;
const LIMITS = { 1: [10, 20], 2: [20, 40] } as const;

interface Tally {
  received: number;
  acknowledged: number;
  acknowledgedWithin5: number;
  responded: number;
  withinLimit: number;
  withinExtendedLimit: number;
  extended: number;
  withinTimescale: number;
}

/**
 * The Complaint Handling Code's figures for corporate complaints: acknowledgements of
 * requests received in the year (within 5 working days of receipt), and responses given in
 * the year counted from the acknowledgement (from receipt when none was recorded), pauses
 * excluded. Stage 1 acknowledged Mon 2025-06-02, responded Mon 2025-06-16 → 10: within limit.
 */
export function codeFigures(
  scoped: ScopedInput,
  period: Period,
  calendar: ReportCalendar,
): CodeFigures {
  const tallies = { 1: emptyTally(), 2: emptyTally() };
  for (const { stage, case: owner } of scoped.stages) {
    if (owner.procedure !== 'corporate' || (stage.number !== 1 && stage.number !== 2)) continue;
    countStage(tallies[stage.number], stage, LIMITS[stage.number], period, calendar);
  }
  return {
    limits: { stage1: LIMITS[1], stage2: LIMITS[2] },
    stage1: finish(tallies[1]),
    stage2: finish(tallies[2]),
  };
}

function countStage(
  tally: Tally,
  stage: StageFacts,
  [limit, extendedLimit]: readonly [number, number],
  period: Period,
  calendar: ReportCalendar,
): void {
  if (isInPeriod(stage.requested, period)) {
    tally.received += 1;
    if (stage.acknowledged !== undefined) {
      tally.acknowledged += 1;
      if (workingDaysTaken(calendar, stage.requested, stage.acknowledged) <= ACKNOWLEDGE_DAYS) {
        tally.acknowledgedWithin5 += 1;
      }
    }
  }
  if (!isInPeriod(stage.responded, period)) return;
  const days = stageWorkingDays(
    calendar,
    stage,
    stage.acknowledged ?? stage.requested,
    stage.responded,
  );
  tally.responded += 1;
  if (days <= limit) tally.withinLimit += 1;
  if (days <= extendedLimit) tally.withinExtendedLimit += 1;
  if (stage.extension !== undefined) tally.extended += 1;
  if (days <= (stage.extension !== undefined ? extendedLimit : limit)) tally.withinTimescale += 1;
}

function emptyTally(): Tally {
  return {
    received: 0,
    acknowledged: 0,
    acknowledgedWithin5: 0,
    responded: 0,
    withinLimit: 0,
    withinExtendedLimit: 0,
    extended: 0,
    withinTimescale: 0,
  };
}

function finish(t: Tally): CodeStageFigures {
  return {
    ...t,
    percentAcknowledgedWithin5: percent(t.acknowledgedWithin5, t.received),
    percentWithinTimescale: percent(t.withinTimescale, t.responded),
  };
}
