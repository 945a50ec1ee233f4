import { addWorkingDays, workingDayOnOrAfter } from '../../domain/calendar/workingDays';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { Outcome, Procedure, Stage, StageNumber } from '../../domain/records';
import type { CaseReference, IsoDate } from '../../domain/primitives/brand';
import type { Random } from './random';

/**
 * The stages of one fictitious complaint, consistent with the statutory timescales (working
 * days, bank holidays skipped): most on time, some late, some extended, some paused. Events
 * after `today` have not happened yet, so recent complaints are still open.
 */
export interface Timeline {
  readonly stages: Stage[];
  /** The last response, if the complaint is resolved. */
  readonly closed?: IsoDate;
  readonly outcome?: Outcome;
  readonly currentStage: StageNumber;
  readonly earlyResolution: boolean;
  /** The complaints manager moved it on because a response was late (the Code's duty). */
  readonly escalatedForDelay?: true;
  /** Went to the Ombudsman straight after Stage 2, without a review panel. */
  readonly earlyOmbudsmanReferral?: true;
}

/**
 * A number from the reference, 0 to `n - 1`: the findings below are derived from it rather
 * than drawn, so the random stream (and every figure the seeds and tests know) is unchanged.
 */
function spread(reference: string, n: number): number {
  let h = 0;
  for (let i = 0; i < reference.length; i += 1) h = (h * 31 + reference.charCodeAt(i)) >>> 0;
  return h % n;
}

/** What a Stage 2 investigation found, in elements, consistent with its outcome. */
function elementsFound(reference: string, outcome: Outcome): Stage['elements'] {
  const investigated = 2 + spread(reference, 5);
  if (outcome === 'upheld') return { investigated, upheld: investigated, partlyUpheld: 0 };
  if (outcome === 'partly_upheld') {
    const upheld = spread(`${reference}u`, investigated);
    return { investigated, upheld, partlyUpheld: Math.max(1, investigated - upheld - 1) };
  }
  if (outcome === 'not_upheld') return { investigated, upheld: 0, partlyUpheld: 0 };
  return undefined;
}

const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['upheld', 20],
  ['partly_upheld', 28],
  ['not_upheld', 40],
  ['no_finding', 4],
  ['withdrawn', 4],
  ['not_investigated', 2],
  ['signposted', 2],
];

/** Working-day limits of a stage response (docs/domain.md, Timescales) and the extended limit. */
function responseLimit(
  procedure: Procedure,
  stage: number,
  complex: boolean,
): { limit: number; extended: number } {
  if (procedure === 'children_statutory') {
    if (stage === 1) return { limit: 10, extended: 20 };
    if (stage === 2) return complex ? { limit: 65, extended: 65 } : { limit: 25, extended: 65 };
    return { limit: 30 + 5 + 15, extended: 50 };
  }
  if (procedure === 'adults_statutory') return { limit: 25, extended: 40 }; // the period agreed
  return stage === 1 ? { limit: 10, extended: 20 } : { limit: 20, extended: 40 };
}

export function complaintTimeline(
  r: Random,
  cal: WorkingCalendar,
  today: IsoDate,
  reference: CaseReference,
  procedure: Procedure,
  received: IsoDate,
): Timeline {
  const wd = (date: IsoDate, n: number) => addWorkingDays(cal, date, n);
  const happened = (date: IsoDate) => date <= today;
  const start = workingDayOnOrAfter(cal, received);
  const stages: Stage[] = [];

  if (r.chance(0.1)) {
    const responded = wd(start, r.int(1, 5));
    const stage: Stage = {
      schemaVersion: 1,
      caseReference: reference,
      number: 0,
      requested: received,
      complex: false,
      pauses: [],
      ...(happened(responded) ? { responded, outcome: 'resolved_early' as const } : {}),
    };
    return happened(responded)
      ? {
          stages: [stage],
          closed: responded,
          outcome: 'resolved_early',
          currentStage: 0,
          earlyResolution: true,
        }
      : { stages: [stage], currentStage: 0, earlyResolution: true };
  }

  let requested = received;
  let clockFrom = start;
  let escalatedForDelay: true | undefined;
  const done = (t: Timeline): Timeline => (escalatedForDelay ? { ...t, escalatedForDelay } : t);
  const lastStage = procedure === 'children_statutory' ? 3 : procedure === 'corporate' ? 2 : 1;
  for (let number = 1 as StageNumber; number <= lastStage; number = (number + 1) as StageNumber) {
    const complex = procedure === 'children_statutory' && number === 2 && r.chance(0.3);
    const { limit, extended } = responseLimit(procedure, number, complex);
    const stage: Stage = {
      schemaVersion: 1,
      caseReference: reference,
      number,
      requested,
      complex,
      pauses: [],
    };
    const ackLimit = procedure === 'corporate' ? 5 : 3;
    const acknowledged = wd(
      clockFrom,
      r.chance(0.9) ? r.int(1, ackLimit) : r.int(ackLimit + 1, ackLimit + 4),
    );
    // Under the Code the response clock runs from the acknowledgement.
    const from = procedure === 'corporate' ? acknowledged : clockFrom;
    let respondAfter: number;
    const kind = r.weighted([
      ['on_time', 70],
      ['extended', 11],
      ['late', 12],
      ['paused', 7],
      ['stalled', 3],
    ] as const);
    if (kind === 'on_time') respondAfter = r.int(Math.max(2, Math.floor(limit / 3)), limit);
    else if (kind === 'late') respondAfter = r.int(limit + 1, limit + 15);
    else if (kind === 'extended') respondAfter = r.int(limit + 1, extended);
    // A few drag on for months: recent ones are the overdue cases a manager chases.
    else if (kind === 'stalled') respondAfter = r.int(limit + 30, limit + 90);
    else respondAfter = r.int(Math.floor(limit / 2), limit);

    if (happened(acknowledged)) Object.assign(stage, { acknowledged });
    // Adults' complaints have no fixed limit: the period is agreed with the complainant when
    // the complaint is acknowledged (docs/domain.md), so the demo records that date.
    if (procedure === 'adults_statutory' && happened(acknowledged))
      Object.assign(stage, { agreedResponse: wd(from, kind === 'extended' ? extended : limit) });
    if (kind === 'extended') {
      const agreedOn = wd(from, Math.max(1, limit - r.int(1, 3)));
      if (happened(agreedOn))
        Object.assign(stage, {
          extension: { agreedOn, reason: 'Complainant agreed more time to gather records' },
        });
    }
    if (kind === 'paused') {
      const pauseFrom = wd(from, r.int(2, Math.max(3, Math.floor(limit / 2))));
      const length = r.int(5, 25);
      const pauseTo = wd(pauseFrom, length);
      respondAfter += length;
      if (happened(pauseFrom)) {
        const reason = r.pick(['adr', 'advocate_appointment', 'safeguarding_enquiry'] as const);
        stage.pauses.push({
          from: pauseFrom,
          ...(happened(pauseTo) ? { to: pauseTo } : {}),
          reason,
          agreedByBoth: true,
          note:
            reason === 'adr'
              ? 'Mediation meeting arranged'
              : 'Clock stopped while this is resolved',
        });
      }
    }
    if (procedure === 'children_statutory' && number === 3) {
      const panelMet = wd(requested, r.chance(0.85) ? r.int(15, 30) : r.int(31, 40));
      const panelReport = wd(panelMet, r.int(2, 6));
      if (happened(panelMet)) Object.assign(stage, { panelMet });
      if (happened(panelReport)) Object.assign(stage, { panelReport });
      respondAfter = 0;
      const responded = wd(panelReport, r.chance(0.85) ? r.int(5, 15) : r.int(16, 25));
      stages.push(stage);
      if (!happened(responded))
        return done({ stages, currentStage: number, earlyResolution: false });
      const outcome = r.weighted(OUTCOMES);
      Object.assign(stage, { responded, outcome });
      return done({
        stages,
        closed: responded,
        outcome,
        currentStage: number,
        earlyResolution: false,
      });
    }
    const responded = wd(from, respondAfter);
    stages.push(stage);
    if (!happened(responded)) return done({ stages, currentStage: number, earlyResolution: false });
    const outcome = r.weighted(OUTCOMES);
    Object.assign(stage, { responded, outcome });
    if (procedure === 'children_statutory' && number === 2) {
      const elements = elementsFound(reference, outcome);
      if (elements) Object.assign(stage, { elements });
    }
    const escalates =
      number < lastStage &&
      outcome !== 'upheld' &&
      outcome !== 'withdrawn' &&
      r.chance(number === 1 ? 0.16 : 0.25);
    const escalation = wd(responded, r.int(3, 20));
    if (!escalates || !happened(escalation)) {
      // Some children's complaints not resolved at Stage 2 go straight to the Ombudsman.
      const early =
        procedure === 'children_statutory' &&
        number === 2 &&
        outcome !== 'upheld' &&
        spread(reference, 6) === 0;
      return done({
        stages,
        closed: responded,
        outcome,
        currentStage: number,
        earlyResolution: false,
        ...(early ? { earlyOmbudsmanReferral: true as const } : {}),
      });
    }
    // A late response the complainant did not chase: the complaints manager escalated it.
    if (kind === 'late' || kind === 'stalled')
      if (spread(reference, 3) === 0) escalatedForDelay = true;
    requested = escalation;
    clockFrom = escalation;
  }
  return done({
    stages,
    currentStage: stages[stages.length - 1]?.number ?? 1,
    earlyResolution: false,
  });
}
