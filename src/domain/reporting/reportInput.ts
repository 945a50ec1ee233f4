import type {
  Cost,
  EqualityMonitoring,
  DemandFigure,
  FeedbackCase,
  LearningAction,
  OmbudsmanCase,
  OmbudsmanYear,
  Refusal,
  Stage,
} from '../records';
import { countsInFigures, feedbackTypes, type FeedbackType } from '../records';
import { equalityByCase, type EqualityByCase } from './equalityFigures';
import type { ReportCalendar } from './reportCalendar';
import { dayOf, fixedPauseDays, hasDatedPauses } from './reportDays';
import type { ReportProcedure } from './reportTypes';

/** The records a report reads: plain values, as `Snapshot` holds them without their item ids. */
export interface ReportInput {
  readonly cases: readonly FeedbackCase[];
  readonly stages: readonly Stage[];
  readonly ombudsman: readonly OmbudsmanCase[];
  readonly costs: readonly Cost[];
  readonly demand: readonly DemandFigure[];
  readonly actions: readonly LearningAction[];
  /**
   * The Ombudsman's own figures for the council, a year each, as entered (read on demand, so
   * only the years a report shows; absent or empty when none were entered).
   */
  readonly ombudsmanYears?: readonly OmbudsmanYear[];
  /** The refusal register (absent: none recorded, or not read). */
  readonly refusals?: readonly Refusal[];
  /**
   * Equality monitoring, read only by those its list lets read it (complaints managers);
   * absent when not read, so the report says it was made without it.
   */
  readonly equality?: readonly EqualityMonitoring[];
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
 * The records as the report reads them: the records themselves, not copies (copying 100,000
 * cases cost more than the whole report). Their dates are read once, into day numbers
 * (`CaseDays`, `StageDays`), and the passes over them read each other field at most once.
 */
export type CaseFacts = FeedbackCase;
export type StageFacts = Stage;

/**
 * The records of one procedure. A compliment, MP enquiry or comment belongs to a procedure
 * only when one was recorded on it; costs, Ombudsman cases and actions belong through the
 * case they are linked to. `all` takes everything, linked or not.
 */
export interface ScopedInput {
  readonly cases: readonly CaseFacts[];
  /** The dates of `cases[i]` as day numbers (`NO_DAY` when not recorded). */
  readonly caseDays: CaseDays;
  /** Stages of complaints in scope; `stageCases[i]` is the case of `stages[i]`. */
  readonly stages: readonly StageFacts[];
  readonly stageCases: readonly CaseFacts[];
  /** The dates of `stages[i]` as day numbers, and its pauses read once. */
  readonly stageDays: StageDays;
  readonly ombudsman: readonly OmbudsmanCase[];
  readonly costs: readonly Cost[];
  /** Refusals linked to a case in scope, or not linked and recorded under the procedure. */
  readonly refusals: readonly Refusal[];
  readonly demand: readonly DemandFigure[];
  /** The Ombudsman's figures for the whole council: every procedure's report shows them. */
  readonly ombudsmanYears: readonly OmbudsmanYear[];
  /** Equality monitoring by case reference; null when it was not read. */
  readonly equality: EqualityByCase | null;
  readonly actions: readonly {
    readonly action: LearningAction;
    readonly case: CaseFacts | undefined;
  }[];
  /** The case in scope an Ombudsman case, cost or action is linked to (those references only). */
  caseOf(reference: string): CaseFacts | undefined;
}

/** A case's type as a small number, its index in `feedbackTypes`: `KIND.compliment` → 1. */
export const KIND = Object.fromEntries(feedbackTypes.map((type, i) => [type, i])) as {
  readonly [T in FeedbackType]: number;
};

/** Day numbers of each case's dates, by the case's index (no object per case). */
export interface CaseDays {
  readonly received: Int32Array;
  readonly closed: Int32Array;
  readonly responded: Int32Array;
  /**
   * The case's type, as its index in `feedbackTypes` (`KIND.complaint` …): the passes that
   * count by type skip the rest without reading the case (at 100,000 cases each read of a
   * record costs more than the counting).
   */
  readonly kind: Uint8Array;
  /** 1 for a complaint handled jointly with the NHS. */
  readonly joint: Uint8Array;
}

/** Day numbers of each stage's dates and what its pauses add up to, by the stage's index. */
export interface StageDays {
  readonly requested: Int32Array;
  readonly started: Int32Array;
  readonly acknowledged: Int32Array;
  readonly responded: Int32Array;
  readonly panelMet: Int32Array;
  readonly panelReport: Int32Array;
  /** Working days paused given as numbers. */
  readonly fixedPause: Int32Array;
  /** 1 when a pause has dates (counted against the stage's end when it is needed). */
  readonly datedPauses: Uint8Array;
  /** The stage's number (0–3). */
  readonly number: Uint8Array;
  /** 1 when the stage's complaint is an adults' one (the adults' measures read only those). */
  readonly adults: Uint8Array;
}

export function scopeInput(input: ReportInput, procedure: ReportProcedure): ScopedInput {
  const all = procedure === 'all';
  // A duplicate is left out of every figure (countsInFigures); the stages of a case out of scope too.
  const inScope = (c: CaseFacts) => countsInFigures(c) && (all || c.procedure === procedure);
  const { cases, caseDays } = casesInScope(input.cases, inScope);
  const { stages, stageCases, stageDays } = stagesInScope(input.stages, input.cases, inScope);
  const linked = linkedScope(input, procedure);
  return {
    cases,
    caseDays,
    stages,
    stageCases,
    stageDays,
    ombudsman: input.ombudsman.filter(linked.belongs),
    costs: input.costs.filter(linked.belongs),
    refusals: (input.refusals ?? []).filter(linked.belongs),
    demand: input.demand,
    ombudsmanYears: input.ombudsmanYears ?? [],
    equality: input.equality ? equalityByCase(input.equality) : null,
    actions: input.actions
      .filter(linked.belongs)
      .map((action) => ({ action, case: linked.caseOf(action.caseReference) })),
    caseOf: linked.caseOf,
  };
}

/** A record that may be linked to a case, and may name its own procedure. */
interface Linkable {
  readonly caseReference?: string | undefined;
  readonly procedure?: ReportProcedure | undefined;
}

/** Which Ombudsman cases, costs and actions belong to a procedure's report, and their cases. */
export interface LinkedScope {
  belongs(record: Linkable): boolean;
  /** The case in scope a record is linked to (those references only). */
  caseOf(reference: string): CaseFacts | undefined;
}

/**
 * A record linked to a case held belongs where its case does; one not linked (or linked to a
 * case not held) belongs to the procedure recorded on it, if any. `all` takes everything.
 *   linkedScope(input, 'children_statutory').belongs({ procedure: 'children_statutory' }) → true
 */
export function linkedScope(
  input: Pick<ReportInput, 'cases' | 'ombudsman' | 'costs' | 'actions' | 'refusals'>,
  procedure: ReportProcedure,
): LinkedScope {
  const all = procedure === 'all';
  // The few records linked to a case by reference: their cases in scope, found in one pass,
  // and which of them name a case held at all.
  const linkedCases = new Map<string, CaseFacts | undefined>();
  const held = new Set<string>();
  for (const { caseReference } of [
    ...input.ombudsman,
    ...input.costs,
    ...input.actions,
    ...(input.refusals ?? []),
  ])
    if (caseReference !== undefined) linkedCases.set(caseReference, undefined);
  if (linkedCases.size > 0)
    for (const c of input.cases)
      if (linkedCases.has(c.reference)) {
        held.add(c.reference);
        if (all || c.procedure === procedure) linkedCases.set(c.reference, c);
      }
  return {
    belongs: (record) =>
      all ||
      (record.caseReference !== undefined && held.has(record.caseReference)
        ? linkedCases.get(record.caseReference) !== undefined
        : record.procedure === procedure),
    caseOf: (reference) => linkedCases.get(reference),
  };
}

/** How far past the last case found a stage's case is looked for before the map is built. */
const LOOK_AHEAD = 16;

/**
 * Finds a stage's case by reference. Stages mostly come in the order of their cases (an
 * import writes them so, and lists read back in item order), so it first looks at the few
 * cases from the last one found; only a stage out of that order builds the map of every
 * reference (a `Map` of 100,000 cases costs more than the rest of the report).
 * References are unique: the Cases list enforces it.
 */
function ownerFinder(cases: readonly CaseFacts[]): (reference: string) => CaseFacts | undefined {
  let next = 0;
  let byReference: Map<string, CaseFacts> | undefined;
  return (reference) => {
    const end = Math.min(next + LOOK_AHEAD, cases.length);
    for (let look = next; look < end && byReference === undefined; look += 1) {
      const c = cases[look] as CaseFacts;
      if (c.reference === reference) {
        next = look;
        return c;
      }
    }
    byReference ??= new Map(cases.map((c) => [c.reference, c]));
    return byReference.get(reference);
  };
}

/**
 * The cases in scope and their dates, in one pass over the records (each pass over 100,000
 * records costs tens of milliseconds here, whatever it does).
 */
function casesInScope(
  all: readonly CaseFacts[],
  inScope: (c: CaseFacts) => boolean,
): { cases: CaseFacts[]; caseDays: CaseDays } {
  const cases: CaseFacts[] = [];
  const n = all.length;
  const days = {
    received: new Int32Array(n),
    closed: new Int32Array(n),
    responded: new Int32Array(n),
    kind: new Uint8Array(n),
    joint: new Uint8Array(n),
  };
  for (const c of all) {
    if (!inScope(c)) continue;
    const i = cases.length;
    cases.push(c);
    days.received[i] = dayOf(c.received);
    days.closed[i] = dayOf(c.closed);
    days.responded[i] = dayOf(c.responded);
    days.kind[i] = KIND[c.type];
    if (c.jointWithNhs === true) days.joint[i] = 1;
  }
  return { cases, caseDays: firstOf(days, cases.length) };
}

/** The stages of complaints in scope, their cases, dates and pauses, in one pass. */
function stagesInScope(
  all: readonly StageFacts[],
  cases: readonly CaseFacts[],
  inScope: (c: CaseFacts) => boolean,
): { stages: StageFacts[]; stageCases: CaseFacts[]; stageDays: StageDays } {
  const ownerOf = ownerFinder(cases);
  const stages: StageFacts[] = [];
  const stageCases: CaseFacts[] = [];
  const n = all.length;
  const days = {
    requested: new Int32Array(n),
    started: new Int32Array(n),
    acknowledged: new Int32Array(n),
    responded: new Int32Array(n),
    panelMet: new Int32Array(n),
    panelReport: new Int32Array(n),
    fixedPause: new Int32Array(n),
    datedPauses: new Uint8Array(n),
    number: new Uint8Array(n),
    adults: new Uint8Array(n),
  };
  for (const s of all) {
    const owner = ownerOf(s.caseReference);
    if (owner === undefined || owner.type !== 'complaint' || !inScope(owner)) continue;
    const i = stages.length;
    stages.push(s);
    stageCases.push(owner);
    days.requested[i] = dayOf(s.requested);
    days.started[i] = dayOf(s.started);
    days.acknowledged[i] = dayOf(s.acknowledged);
    days.responded[i] = dayOf(s.responded);
    days.panelMet[i] = dayOf(s.panelMet);
    days.panelReport[i] = dayOf(s.panelReport);
    days.number[i] = s.number;
    if (owner.procedure === 'adults_statutory') days.adults[i] = 1;
    if (s.pauses.length > 0) {
      days.fixedPause[i] = fixedPauseDays(s.pauses);
      days.datedPauses[i] = hasDatedPauses(s.pauses) ? 1 : 0;
    }
  }
  return { stages, stageCases, stageDays: firstOf(days, stages.length) };
}

/** Each array cut to its first `n` items (views, not copies): the records kept of those read. */
function firstOf<T extends Record<string, Int32Array | Uint8Array>>(arrays: T, n: number): T {
  return Object.fromEntries(
    Object.entries(arrays).map(([name, values]) => [name, values.subarray(0, n)]),
  ) as T;
}
