import type { FeedbackCase, Stage } from '../../domain/records';
import { asIsoDate, type IsoDate } from '../../domain/shared/brand';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import { workingDaysBetween } from '../../domain/calendar/workingDays';
import {
  DEFAULT_TIMESCALE_POLICY,
  dueDateFor,
  readClock,
  ruleFor,
  type TimescalePolicy,
  type TimescaleRule,
} from '../../domain/timescales';
import type { DueDateView } from '../../ui/triage/DueDateList';

/** One clock of a case: its rule, where it starts, and whether its event happened. */
interface ClockPlan {
  readonly rule: TimescaleRule;
  readonly from: IsoDate;
  readonly completedOn?: IsoDate | undefined;
  /** The response clock of the Code runs from the acknowledgement; until then, from its due date. */
  readonly provisional?: boolean;
}

type CaseShape = Pick<
  FeedbackCase,
  'type' | 'procedure' | 'received' | 'acknowledged' | 'responded'
>;
type StageShape = Pick<
  Stage,
  | 'number'
  | 'requested'
  | 'started'
  | 'acknowledged'
  | 'responded'
  | 'extension'
  | 'pauses'
  | 'panelMet'
  | 'panelReport'
>;

/**
 * The clocks that run for a case at its current stage, in the order an officer meets them.
 * Children's Stage 1 received 2025-12-19 → acknowledgement 2025-12-24, Stage 1 response
 * 2026-01-07. Corporate Stage 1 not yet acknowledged → the response runs from the
 * acknowledgement's due date, marked provisional.
 */
function clocksFor(
  policy: TimescalePolicy,
  calendar: WorkingCalendar,
  feedback: CaseShape,
  stage: StageShape | undefined,
): ClockPlan[] {
  const received = asIsoDate(feedback.received);
  const rule = ruleFor;
  switch (feedback.type) {
    case 'compliment':
      return [
        {
          rule: rule(policy, 'compliment', 'acknowledgement'),
          from: received,
          completedOn: feedback.acknowledged,
        },
      ];
    case 'mp_enquiry':
      return [
        {
          rule: rule(policy, 'mp_enquiry', 'response'),
          from: received,
          completedOn: feedback.responded,
        },
      ];
    case 'comment':
      return [
        {
          rule: rule(policy, 'comment', 'response'),
          from: received,
          completedOn: feedback.responded,
        },
      ];
    case 'complaint':
      break;
  }
  if (!stage || stage.number === 0) return [];
  const requested = asIsoDate(stage.requested);
  switch (feedback.procedure) {
    case 'children_statutory':
      if (stage.number === 1)
        return [
          {
            rule: rule(policy, 'children_statutory', 'acknowledgement'),
            from: requested,
            completedOn: stage.acknowledged,
          },
          {
            rule: rule(policy, 'children_statutory', 'stage1_response'),
            from: requested,
            completedOn: stage.responded,
          },
        ];
      if (stage.number === 2)
        return [
          {
            rule: rule(policy, 'children_statutory', 'stage2_response'),
            from: asIsoDate(stage.started ?? stage.requested),
            completedOn: stage.responded,
          },
        ];
      return [
        {
          rule: rule(policy, 'children_statutory', 'stage3_panel'),
          from: requested,
          completedOn: stage.panelMet,
        },
        ...(stage.panelMet
          ? [
              {
                rule: rule(policy, 'children_statutory', 'stage3_panel_report'),
                from: asIsoDate(stage.panelMet),
                completedOn: stage.panelReport,
              },
            ]
          : []),
        ...(stage.panelReport
          ? [
              {
                rule: rule(policy, 'children_statutory', 'stage3_council_response'),
                from: asIsoDate(stage.panelReport),
                completedOn: stage.responded,
              },
            ]
          : []),
      ];
    case 'adults_statutory':
      return [
        {
          rule: rule(policy, 'adults_statutory', 'acknowledgement'),
          from: requested,
          completedOn: stage.acknowledged,
        },
        {
          rule: rule(policy, 'adults_statutory', 'six_month_letter'),
          from: requested,
          completedOn: stage.responded,
        },
      ];
    case 'corporate':
    case null: {
      const n = stage.number === 1 ? 'stage1' : 'stage2';
      const ack = rule(policy, 'corporate', `${n}_acknowledgement`);
      const ackDue = dueDateFor(calendar, ack, { from: requested }).due;
      return [
        { rule: ack, from: requested, completedOn: stage.acknowledged },
        {
          rule: rule(policy, 'corporate', `${n}_response`),
          from: asIsoDate(stage.acknowledged ?? ackDue),
          completedOn: stage.responded,
          provisional: stage.acknowledged === undefined,
        },
      ];
    }
  }
}

/** Working days paused so far, counting a running pause up to `today`. */
function pausedWorkingDays(
  calendar: WorkingCalendar,
  stage: StageShape | undefined,
  today: IsoDate,
) {
  let total = 0;
  let running = false;
  for (const pause of stage?.pauses ?? []) {
    if (pause.workingDays !== undefined && !pause.from) total += pause.workingDays;
    else if (pause.from) {
      const to = pause.to ?? today;
      if (!pause.to) running = true;
      total += Math.max(0, workingDaysBetween(calendar, asIsoDate(pause.from), asIsoDate(to)));
    }
  }
  return { total, running };
}

/**
 * Due dates of a case as the pane lists them, with each clock's status on `today`.
 * `caseDueDates(calendar, { type: 'mp_enquiry', received: '2025-04-09', … }, undefined, '2025-04-10')`
 * → `[{ label: 'Response', due: '2025-04-23', status: 'on_track' }]`
 */
export function caseDueDates(
  calendar: WorkingCalendar,
  feedback: CaseShape,
  stage: StageShape | undefined,
  today: string,
  policy: TimescalePolicy = DEFAULT_TIMESCALE_POLICY,
): DueDateView[] {
  const paused = pausedWorkingDays(calendar, stage, asIsoDate(today));
  return clocksFor(policy, calendar, feedback, stage).map((clock) => {
    const reading = readClock(
      calendar,
      {
        start: clock.from,
        rule: clock.rule,
        extended: stage?.extension !== undefined,
        pausedWorkingDays: paused.total,
        pausedNow: paused.running,
        ...(clock.completedOn ? { completedOn: clock.completedOn } : {}),
      },
      asIsoDate(today),
    );
    const notes = [
      clock.provisional ? 'if acknowledged on time' : undefined,
      reading.extended ? 'extended' : undefined,
      reading.pausedWorkingDays > 0
        ? `${reading.pausedWorkingDays} working days paused`
        : undefined,
    ].filter((n): n is string => n !== undefined);
    return {
      label: clock.rule.label,
      due: reading.due,
      status: reading.status,
      ...(notes.length ? { note: notes.join(', ') } : {}),
    };
  });
}
