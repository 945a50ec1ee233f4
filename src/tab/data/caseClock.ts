import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { CouncilSettings, FeedbackCase, Stage } from '../../domain/records';
import type { IsoDate } from '../../domain/primitives/brand';
import { caseTimeliness, type ClockReading, type TimescalePolicy } from '../../domain/timescales';

/** The clock a manager watches on an open case: the next thing due, and where it stands. */
export interface NextClock {
  readonly label: string;
  readonly reading: ClockReading;
}

/**
 * The next deadline of an open case on `today`, from the domain's `caseTimeliness`: of the
 * council's deadlines still running, the one due first. (Request windows are the
 * complainant's time, not the council's, so they are not shown as due.)
 * Children's Stage 1 received 2025-12-19 and acknowledged → the Stage 1 response, due
 * 2026-01-07. Undefined for closed cases and when nothing has a fixed limit.
 */
export function nextClockOf(
  c: FeedbackCase,
  stages: readonly Stage[],
  today: IsoDate,
  calendar: WorkingCalendar,
  policy: TimescalePolicy,
  stage2ClockStart: CouncilSettings['childrenStage2ClockStart'],
): NextClock | undefined {
  if (c.status !== 'open') return undefined;
  let next: NextClock | undefined;
  for (const clock of caseTimeliness(c, stages, today, {
    calendar,
    policy,
    childrenStage2ClockStart: stage2ClockStart,
  })) {
    if (clock.kind !== 'deadline' || clock.completedOn !== undefined) continue;
    if (!next || clock.due < next.reading.due) next = { label: clock.label, reading: clock };
  }
  return next;
}
