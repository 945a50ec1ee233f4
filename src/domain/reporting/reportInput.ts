import type {
  Cost,
  DemandFigure,
  FeedbackCase,
  LearningAction,
  OmbudsmanCase,
  Stage,
} from '../records';
import type { ReportCalendar } from './reportCalendar';
import type { ReportProcedure } from './reportTypes';

/** The records a report reads: plain values, as `Snapshot` holds them without their item ids. */
export interface ReportInput {
  readonly cases: readonly FeedbackCase[];
  readonly stages: readonly Stage[];
  readonly ombudsman: readonly OmbudsmanCase[];
  readonly costs: readonly Cost[];
  readonly demand: readonly DemandFigure[];
  readonly actions: readonly LearningAction[];
}

export interface ReportOptions {
  /** Financial year, e.g. `2024-25`. */
  readonly year: string;
  readonly procedure: ReportProcedure;
  readonly calendar: ReportCalendar;
  /** Children's Stage 2 clock: the request (default) or the agreed statement of complaint. */
  readonly stage2ClockStart?: 'request' | 'statement_agreed';
  /** MP enquiry service standard in working days (default 10). */
  readonly mpResponseDays?: number;
}

/**
 * The records of one procedure. A compliment, MP enquiry or comment belongs to a procedure
 * only when one was recorded on it; costs, Ombudsman cases and actions belong through the
 * case they are linked to. `all` takes everything, linked or not.
 */
export interface ScopedInput {
  readonly cases: readonly FeedbackCase[];
  /** Stages of complaints in scope, with their case. */
  readonly stages: readonly { readonly stage: Stage; readonly case: FeedbackCase }[];
  readonly ombudsman: readonly OmbudsmanCase[];
  readonly costs: readonly Cost[];
  readonly demand: readonly DemandFigure[];
  readonly actions: readonly {
    readonly action: LearningAction;
    readonly case: FeedbackCase | undefined;
  }[];
}

export function scopeInput(input: ReportInput, procedure: ReportProcedure): ScopedInput {
  const all = procedure === 'all';
  const byReference = new Map<string, FeedbackCase>();
  const cases: FeedbackCase[] = [];
  for (const c of input.cases) {
    if (all || c.procedure === procedure) {
      cases.push(c);
      byReference.set(c.reference, c);
    }
  }
  const stages: { stage: Stage; case: FeedbackCase }[] = [];
  for (const stage of input.stages) {
    const owner = byReference.get(stage.caseReference);
    if (owner !== undefined && owner.type === 'complaint') stages.push({ stage, case: owner });
  }
  const linked = (reference: string | undefined): boolean =>
    all || (reference !== undefined && byReference.has(reference));
  return {
    cases,
    stages,
    ombudsman: input.ombudsman.filter((o) => linked(o.caseReference)),
    costs: input.costs.filter((c) => linked(c.caseReference)),
    demand: input.demand,
    actions: input.actions
      .filter((a) => linked(a.caseReference))
      .map((action) => ({ action, case: byReference.get(action.caseReference) })),
  };
}
