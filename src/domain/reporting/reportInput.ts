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
 * A record with every property present (undefined when absent). Records from zod have as many
 * shapes as combinations of optional fields; giving them one shape keeps the report's passes
 * over 100,000 cases monomorphic (several times faster in V8).
 */
export type Uniform<T> = { readonly [K in keyof T]-?: T[K] };
export type CaseFacts = Uniform<FeedbackCase>;
export type StageFacts = Uniform<Stage>;

/**
 * The records of one procedure. A compliment, MP enquiry or comment belongs to a procedure
 * only when one was recorded on it; costs, Ombudsman cases and actions belong through the
 * case they are linked to. `all` takes everything, linked or not.
 */
export interface ScopedInput {
  readonly cases: readonly CaseFacts[];
  /** Stages of complaints in scope, with their case. */
  readonly stages: readonly { readonly stage: StageFacts; readonly case: CaseFacts }[];
  readonly ombudsman: readonly OmbudsmanCase[];
  readonly costs: readonly Cost[];
  readonly demand: readonly DemandFigure[];
  readonly actions: readonly {
    readonly action: LearningAction;
    readonly case: CaseFacts | undefined;
  }[];
}

export function scopeInput(input: ReportInput, procedure: ReportProcedure): ScopedInput {
  const all = procedure === 'all';
  const byReference = new Map<string, CaseFacts>();
  const cases: CaseFacts[] = [];
  for (const c of input.cases) {
    if (all || c.procedure === procedure) {
      const facts = caseFacts(c);
      cases.push(facts);
      byReference.set(c.reference, facts);
    }
  }
  const stages: { stage: StageFacts; case: CaseFacts }[] = [];
  for (const stage of input.stages) {
    const owner = byReference.get(stage.caseReference);
    if (owner !== undefined && owner.type === 'complaint') {
      stages.push({ stage: stageFacts(stage), case: owner });
    }
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

function caseFacts(c: FeedbackCase): CaseFacts {
  return {
    schemaVersion: c.schemaVersion,
    reference: c.reference,
    type: c.type,
    procedure: c.procedure,
    status: c.status,
    currentStage: c.currentStage,
    received: c.received,
    receivedAt: c.receivedAt,
    summary: c.summary,
    complainant: c.complainant,
    serviceArea: c.serviceArea,
    causes: c.causes,
    owner: c.owner,
    earlyResolution: c.earlyResolution,
    outcome: c.outcome,
    closed: c.closed,
    acknowledged: c.acknowledged,
    responded: c.responded,
    learning: c.learning,
    jointWithNhs: c.jointWithNhs,
    timeLimitWaived: c.timeLimitWaived,
    safeguarding: c.safeguarding,
    compliment: c.compliment,
    mp: c.mp,
    conversationId: c.conversationId,
  };
}

function stageFacts(s: Stage): StageFacts {
  return {
    schemaVersion: s.schemaVersion,
    caseReference: s.caseReference,
    number: s.number,
    requested: s.requested,
    started: s.started,
    acknowledged: s.acknowledged,
    responded: s.responded,
    extension: s.extension,
    complex: s.complex,
    pauses: s.pauses,
    panelMet: s.panelMet,
    panelReport: s.panelReport,
    outcome: s.outcome,
  };
}
