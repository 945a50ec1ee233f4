import type { WorkingCalendar } from '../../../domain/calendar/workingCalendar';
import { workingDaysBetween } from '../../../domain/calendar/workingDays';
import type { CouncilSettings, FeedbackCase, Stage } from '../../../domain/records';
import type { IsoDate } from '../../../domain/shared/brand';
import {
  readClock,
  ruleFor,
  type ClockReading,
  type TimescalePolicy,
  type TimescaleRule,
} from '../../../domain/timescales';

/** The clock a manager watches on an open case: the next thing due, and where it stands. */
export interface NextClock {
  readonly label: string;
  readonly reading: ClockReading;
}

interface Pending {
  readonly rule: TimescaleRule;
  readonly start: IsoDate;
  readonly extended: boolean;
}

/**
 * The next clock due on an open case on `today`: the first event of its current stage that has
 * not happened yet, read with the domain's `readClock` (pauses and extensions applied).
 * Children's Stage 1 received 2025-12-19, not acknowledged → the acknowledgement clock;
 * acknowledged → the Stage 1 response clock (due 2026-01-07).
 * Undefined for closed cases and for clocks with no fixed limit.
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
  const stage =
    stages.find((s) => s.number === c.currentStage) ??
    stages.reduce<Stage | undefined>(
      (last, s) => (!last || s.number > last.number ? s : last),
      undefined,
    );
  const pending = pendingEvent(c, stage, policy, stage2ClockStart);
  if (!pending) return undefined;
  const pauses = stage?.pauses ?? [];
  const pausedWorkingDays = pauses.reduce(
    (sum, p) =>
      sum +
      (p.workingDays ??
        (p.from ? Math.max(0, workingDaysBetween(calendar, p.from, p.to ?? today)) : 0)),
    0,
  );
  const pausedNow = pauses.some(
    (p) => p.from !== undefined && p.to === undefined && p.from <= today,
  );
  return {
    label: pending.rule.label,
    reading: readClock(
      calendar,
      {
        start: pending.start,
        rule: pending.rule,
        extended: pending.extended,
        pausedWorkingDays,
        pausedNow,
      },
      today,
      policy.dueSoonWorkingDays,
    ),
  };
}

function pendingEvent(
  c: FeedbackCase,
  stage: Stage | undefined,
  policy: TimescalePolicy,
  stage2ClockStart: CouncilSettings['childrenStage2ClockStart'],
): Pending | undefined {
  const at = (rule: TimescaleRule, start: IsoDate, extended = false): Pending => ({
    rule,
    start,
    extended,
  });
  if (c.type === 'mp_enquiry')
    return c.responded ? undefined : at(ruleFor(policy, 'mp_enquiry', 'response'), c.received);
  if (c.type === 'compliment')
    return c.acknowledged
      ? undefined
      : at(ruleFor(policy, 'compliment', 'acknowledgement'), c.received);
  if (c.type === 'comment')
    return c.responded ? undefined : at(ruleFor(policy, 'comment', 'response'), c.received);
  if (!stage || stage.responded) return undefined;
  const extended = stage.extension !== undefined;
  switch (c.procedure) {
    case 'children_statutory':
      if (stage.number <= 1) {
        if (!stage.acknowledged)
          return at(ruleFor(policy, 'children_statutory', 'acknowledgement'), stage.requested);
        return at(
          ruleFor(policy, 'children_statutory', 'stage1_response'),
          stage.requested,
          extended,
        );
      }
      if (stage.number === 2) {
        const start =
          stage2ClockStart === 'statement_agreed'
            ? (stage.started ?? stage.requested)
            : stage.requested;
        return at(
          ruleFor(policy, 'children_statutory', 'stage2_response'),
          start,
          extended || stage.complex,
        );
      }
      if (!stage.panelMet)
        return at(ruleFor(policy, 'children_statutory', 'stage3_panel'), stage.requested);
      if (!stage.panelReport)
        return at(ruleFor(policy, 'children_statutory', 'stage3_panel_report'), stage.panelMet);
      return at(
        ruleFor(policy, 'children_statutory', 'stage3_council_response'),
        stage.panelReport,
      );
    case 'adults_statutory':
      if (!stage.acknowledged)
        return at(ruleFor(policy, 'adults_statutory', 'acknowledgement'), stage.requested);
      return at(ruleFor(policy, 'adults_statutory', 'six_month_letter'), stage.requested);
    case 'corporate':
      if (stage.number >= 2) {
        if (!stage.acknowledged)
          return at(ruleFor(policy, 'corporate', 'stage2_acknowledgement'), stage.requested);
        return at(ruleFor(policy, 'corporate', 'stage2_response'), stage.acknowledged, extended);
      }
      if (!stage.acknowledged)
        return at(ruleFor(policy, 'corporate', 'stage1_acknowledgement'), stage.requested);
      return at(ruleFor(policy, 'corporate', 'stage1_response'), stage.acknowledged, extended);
    default:
      return undefined;
  }
}
