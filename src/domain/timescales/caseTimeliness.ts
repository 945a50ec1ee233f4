import type { IsoDate } from '../primitives/brand';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import type { FeedbackCase, Stage, StageNumber } from '../records';
import { readClock, type ClockReading } from './clockStatus';
import { dueDateFor } from './dueDate';
import type { TimescaleEvent, TimescaleProcedure } from './events';
import { ruleFor, type TimescalePolicy } from './policy';
import { isPausedOn, pauseNeedsAgreement, pausedWorkingDaysWithin } from './stagePauses';

/** One clock of a case on a given day. */
export interface CaseClock extends ClockReading {
  /** The complaint stage the clock belongs to; null for compliments, MP enquiries, comments. */
  readonly stage: StageNumber | null;
  readonly procedure: TimescaleProcedure;
  readonly event: TimescaleEvent;
  readonly label: string;
  /**
   * `deadline`: the council's to meet. `request_window`: the complainant's time to ask for
   * the next stage; `overdue` there means the window has closed (the council may still
   * accept a late request), `met_late` that a request came after it.
   */
  readonly kind: 'deadline' | 'request_window';
  /** The day of the event that started the clock. */
  readonly start: IsoDate;
  /**
   * The start is an estimate: under the Code a response runs from the acknowledgement, so
   * before one is recorded the acknowledgement's due date stands in for it.
   */
  readonly provisionalStart: boolean;
  readonly completedOn?: IsoDate;
  /** A pause of this stage ran over the policy's months without both parties' agreement. */
  readonly pauseNeedsAgreement: boolean;
}

export interface CaseTimelinessOptions {
  readonly calendar: WorkingCalendar;
  readonly policy: TimescalePolicy;
  /** Children's Stage 2 clock start (settings `childrenStage2ClockStart`). */
  readonly childrenStage2ClockStart?: 'request' | 'statement_agreed';
}

interface ClockSpec {
  readonly stage: StageNumber | null;
  readonly procedure: TimescaleProcedure;
  readonly event: TimescaleEvent;
  readonly kind: CaseClock['kind'];
  readonly start: IsoDate | undefined;
  readonly completedOn: IsoDate | undefined;
  readonly provisionalStart?: boolean;
  readonly extended?: boolean;
  /** The stage whose pauses stop this clock; undated (imported) pauses count if `main`. */
  readonly pausesOf?: Stage;
  readonly main?: boolean;
}

/**
 * Every clock of a case on `today`, stage by stage: due date, working days taken and left,
 * and status. Clocks whose starting event has not happened yet are not listed; on a closed
 * case, deadlines that never completed are not listed either (they stopped running), and
 * request windows only while they are open (the complainant may still escalate).
 *
 * Children's complaint received Fri 2025-12-19, acknowledged 2025-12-22, no response yet,
 * on 2026-01-05 → `acknowledgement` met (due 2025-12-24), `stage1_response` due_soon (due
 * 2026-01-07, 2 working days left).
 */
export function caseTimeliness(
  feedbackCase: FeedbackCase,
  stages: readonly Stage[],
  today: IsoDate,
  options: CaseTimelinessOptions,
): CaseClock[] {
  const own = stages.filter((stage) => stage.caseReference === feedbackCase.reference);
  const specs = clockSpecs(feedbackCase, own, options);
  const clocks: CaseClock[] = [];
  for (const spec of specs) {
    if (spec.start === undefined || spec.start > today) continue;
    if (
      feedbackCase.status === 'closed' &&
      spec.kind === 'deadline' &&
      spec.completedOn === undefined
    ) {
      continue;
    }
    const clock = readCaseClock(spec, spec.start, today, options);
    // A closed case keeps showing a request window only while the window is still open.
    if (feedbackCase.status === 'closed' && clock.status === 'overdue') continue;
    clocks.push(clock);
  }
  return clocks;
}

function readCaseClock(
  spec: ClockSpec,
  start: IsoDate,
  today: IsoDate,
  { calendar, policy }: CaseTimelinessOptions,
): CaseClock {
  // Specs pair each procedure with its own events (built from literals below), which the
  // union types of ClockSpec cannot express.
  const rule = ruleFor(policy, spec.procedure as never, spec.event as never);
  const asOf = spec.completedOn ?? today;
  const pauses = spec.pausesOf?.pauses ?? [];
  const paused = pausedWorkingDaysWithin(calendar, pauses, start, asOf, spec.main === true);
  const reading = readClock(
    calendar,
    {
      start,
      rule,
      extended: spec.extended === true,
      pausedWorkingDays: paused,
      pausedNow: spec.completedOn === undefined && isPausedOn(pauses, today),
      ...(spec.completedOn !== undefined ? { completedOn: spec.completedOn } : {}),
    },
    today,
    policy.dueSoonWorkingDays,
  );
  return {
    ...reading,
    stage: spec.stage,
    procedure: spec.procedure,
    event: spec.event,
    label: rule.label,
    kind: spec.kind,
    start,
    provisionalStart: spec.provisionalStart === true,
    ...(spec.completedOn !== undefined ? { completedOn: spec.completedOn } : {}),
    pauseNeedsAgreement: pauseNeedsAgreement(pauses, today, policy.pauseAgreementMonths),
  };
}

function clockSpecs(
  feedbackCase: FeedbackCase,
  stages: readonly Stage[],
  options: CaseTimelinessOptions,
): ClockSpec[] {
  const stage = (n: StageNumber) => stages.find((s) => s.number === n);
  switch (feedbackCase.type) {
    case 'compliment':
      return [single(feedbackCase, 'compliment', 'acknowledgement', feedbackCase.acknowledged)];
    case 'mp_enquiry':
      return [single(feedbackCase, 'mp_enquiry', 'response', feedbackCase.responded)];
    case 'comment':
      return [single(feedbackCase, 'comment', 'response', feedbackCase.responded)];
    case 'complaint':
      switch (feedbackCase.procedure) {
        case 'children_statutory':
          return childrenClocks(stage(1), stage(2), stage(3), options);
        case 'adults_statutory':
          return adultsClocks(stage(1));
        case 'corporate':
          return corporateClocks(stage(1), stage(2), options);
        case null:
          return [];
      }
  }
}

function single(
  feedbackCase: FeedbackCase,
  procedure: 'compliment' | 'mp_enquiry' | 'comment',
  event: TimescaleEvent,
  completedOn: IsoDate | undefined,
): ClockSpec {
  return {
    stage: null,
    procedure,
    event,
    kind: 'deadline',
    start: feedbackCase.received,
    completedOn,
  };
}

function childrenClocks(
  s1: Stage | undefined,
  s2: Stage | undefined,
  s3: Stage | undefined,
  options: CaseTimelinessOptions,
): ClockSpec[] {
  const procedure = 'children_statutory';
  const specs: ClockSpec[] = [];
  if (s1) {
    specs.push(
      deadline(1, procedure, 'acknowledgement', s1.requested, s1.acknowledged),
      {
        ...deadline(1, procedure, 'stage1_response', s1.requested, s1.responded),
        extended: s1.extension !== undefined,
        pausesOf: s1,
        main: true,
      },
      window(1, procedure, 'stage2_request_window', s1.responded, s2?.requested),
    );
  }
  if (s2) {
    const start =
      options.childrenStage2ClockStart === 'statement_agreed' ? s2.started : s2.requested;
    specs.push(
      {
        ...deadline(2, procedure, 'stage2_response', start, s2.responded),
        extended: s2.extension !== undefined || s2.complex,
        pausesOf: s2,
        main: true,
      },
      window(2, procedure, 'stage3_request_window', s2.responded, s3?.requested),
    );
  }
  if (s3) {
    specs.push(
      {
        ...deadline(3, procedure, 'stage3_panel', s3.requested, s3.panelMet),
        pausesOf: s3,
        main: true,
      },
      {
        ...deadline(3, procedure, 'stage3_panel_report', s3.panelMet, s3.panelReport),
        pausesOf: s3,
      },
      {
        ...deadline(3, procedure, 'stage3_council_response', s3.panelReport, s3.responded),
        pausesOf: s3,
      },
    );
  }
  return specs;
}

function adultsClocks(s1: Stage | undefined): ClockSpec[] {
  if (!s1) return [];
  return [
    deadline(1, 'adults_statutory', 'acknowledgement', s1.requested, s1.acknowledged),
    {
      ...deadline(1, 'adults_statutory', 'six_month_letter', s1.requested, s1.responded),
      pausesOf: s1,
      main: true,
    },
  ];
}

function corporateClocks(
  s1: Stage | undefined,
  s2: Stage | undefined,
  options: CaseTimelinessOptions,
): ClockSpec[] {
  const specs: ClockSpec[] = [];
  const pairs = [
    [1, s1, 'stage1_acknowledgement', 'stage1_response'],
    [2, s2, 'stage2_acknowledgement', 'stage2_response'],
  ] as const;
  for (const [number, stage, acknowledgement, response] of pairs) {
    if (!stage) continue;
    specs.push(deadline(number, 'corporate', acknowledgement, stage.requested, stage.acknowledged));
    // Under the Code the response runs from the acknowledgement; until there is one, its
    // due date stands in, so the response clock is visible from the first day.
    const responseStart =
      stage.acknowledged ??
      dueDateFor(options.calendar, ruleFor(options.policy, 'corporate', acknowledgement), {
        from: stage.requested,
      }).due;
    specs.push({
      ...deadline(number, 'corporate', response, responseStart, stage.responded),
      provisionalStart: stage.acknowledged === undefined,
      extended: stage.extension !== undefined,
      pausesOf: stage,
      main: true,
    });
  }
  return specs;
}

function deadline(
  stage: StageNumber,
  procedure: TimescaleProcedure,
  event: TimescaleEvent,
  start: IsoDate | undefined,
  completedOn: IsoDate | undefined,
): ClockSpec {
  return { stage, procedure, event, kind: 'deadline', start, completedOn };
}

function window(
  stage: StageNumber,
  procedure: TimescaleProcedure,
  event: TimescaleEvent,
  start: IsoDate | undefined,
  completedOn: IsoDate | undefined,
): ClockSpec {
  return { stage, procedure, event, kind: 'request_window', start, completedOn };
}
