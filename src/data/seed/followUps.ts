import { addWorkingDays } from '../../domain/calendar/workingDays';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import {
  demandMeasures,
  remedyTypes,
  type ActionPlan,
  type Cost,
  type CostType,
  type DemandFigure,
  type FeedbackCase,
  type LearningAction,
  type OmbudsmanCase,
  type OmbudsmanDecision,
  type OmbudsmanYear,
  type Person,
  type PlanAction,
  type PlanState,
  type SignOffRecord,
  type Stage,
  signOffKey,
} from '../../domain/records';
import { planRules } from '../../domain/plans/planSteps';
import type { IsoDate } from '../../domain/primitives/brand';
import { financialYearOf } from '../../domain/reporting/financialYear';
import { demoPeople } from './demoPeople';
import type { Random } from './random';
import { actionTemplates, planTitles, recommendations } from './seedText';

/** A head of service's demo decision, and who is to make it (the seed writes it as them). */
/** What the Ombudsman found the council had not done as the Complaint Handling Code asks. */
const codeFindings = [
  'Did not acknowledge the complaint within 5 working days (Code 5.1).',
  'Stage 2 response sent late without telling the complainant why or when to expect it (Code 6.4).',
  'The Stage 2 response did not say how to go to the Ombudsman (Code 6.13).',
] as const;

export interface DemoSignOff {
  readonly record: SignOffRecord;
  readonly by: Person;
}

export interface FollowUpCounters {
  readonly plans: Map<number, number>;
  readonly actions: Map<number, number>;
  readonly costs: Map<number, number>;
  ombudsman: number;
  /** Upheld decisions with a payment, so every eighth can be a public report. */
  paidUpheld: number;
}

const nextId = (counter: Map<number, number>, prefix: string, date: string): string => {
  const year = Number(date.slice(0, 4));
  const n = (counter.get(year) ?? 0) + 1;
  counter.set(year, n);
  return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
};

const person = ({ name, upn }: Person): Person => (upn ? { name, upn } : { name });

/**
 * What a resolved complaint leads to: an action plan with actions (upheld findings), costs of
 * commissioned investigations, panels and redress, and now and then an Ombudsman case.
 */
export function followUpsFor(
  r: Random,
  cal: WorkingCalendar,
  today: IsoDate,
  feedbackCase: FeedbackCase,
  stages: readonly Stage[],
  counters: FollowUpCounters,
): {
  plans: ActionPlan[];
  signOffs: DemoSignOff[];
  actions: LearningAction[];
  ombudsman: OmbudsmanCase[];
  costs: Cost[];
} {
  const wd = (date: IsoDate, n: number) => addWorkingDays(cal, date, n);
  const out = {
    plans: [] as ActionPlan[],
    signOffs: [] as DemoSignOff[],
    actions: [] as LearningAction[],
    ombudsman: [] as OmbudsmanCase[],
    costs: [] as Cost[],
  };
  const cost = (date: IsoDate, type: CostType, min: number, max: number, note: string) => {
    if (date > today) return;
    out.costs.push({
      schemaVersion: 1,
      id: nextId(counters.costs, 'COST', date),
      date,
      type,
      amount: Math.round(r.int(min, max) / 5) * 5,
      caseReference: feedbackCase.reference,
      note,
    });
  };
  for (const stage of stages) {
    const when = stage.responded ?? wd(stage.requested, 20);
    if (feedbackCase.procedure === 'children_statutory' && stage.number === 2) {
      cost(when, 'investigating_officer', 1500, 4800, 'Commissioned Stage 2 investigation');
      cost(when, 'independent_person', 500, 1400, 'Independent Person, Stage 2');
    }
    if (stage.number === 3)
      cost(stage.panelMet ?? when, 'review_panel', 1200, 3200, 'Stage 3 review panel');
    if (stage.pauses.some((p) => p.reason === 'adr') && stage.pauses[0]?.from)
      cost(stage.pauses[0].from, 'mediation', 300, 900, 'Mediation during the stage');
  }
  const upheld = feedbackCase.outcome === 'upheld' || feedbackCase.outcome === 'partly_upheld';
  if (upheld && feedbackCase.closed && r.chance(0.12))
    cost(feedbackCase.closed, 'redress', 50, 600, 'Local settlement for time and trouble');

  if (upheld && feedbackCase.closed && r.chance(0.35))
    addPlan(r, wd, today, feedbackCase, feedbackCase.closed, counters, out);

  if (feedbackCase.closed && feedbackCase.outcome !== 'withdrawn' && r.chance(0.07)) {
    const received = wd(feedbackCase.closed, r.int(15, 60));
    if (received <= today) {
      counters.ombudsman += 1;
      const yy = received.slice(2, 4);
      const n = String(counters.ombudsman).padStart(6, '0');
      const decidedOn = wd(received, r.int(20, 90));
      const decided = decidedOn <= today;
      const decision = r.weighted<OmbudsmanDecision>([
        ['premature', 25],
        ['other_ombudsman', 3],
        ['closed_after_initial_enquiries', 35],
        ['upheld', 25],
        ['not_upheld', 12],
      ]);
      const isUpheld = decided && decision === 'upheld';
      const remedies = isUpheld ? r.sample(remedyTypes, r.int(1, 3)) : [];
      const amount = remedies.includes('payment') ? Math.round(r.int(100, 1500) / 50) * 50 : 0;
      const complianceDue = wd(decidedOn, r.int(20, 40));
      const complied = wd(decidedOn, r.chance(0.9) ? r.int(5, 20) : r.int(41, 60));
      // One upheld decision with a payment in eight is issued as a public report (counted,
      // not drawn, so the rest of the demo stays as it was).
      if (isUpheld && amount > 0) counters.paidUpheld += 1;
      const publicReport = isUpheld && amount > 0 && counters.paidUpheld % 8 === 3;
      out.ombudsman.push({
        schemaVersion: 1,
        reference: `${yy} ${n.slice(0, 3)} ${n.slice(3)}`,
        caseReference: feedbackCase.reference,
        received,
        ...(decided ? { decided: decidedOn, decision } : {}),
        ...(isUpheld ? { injustice: r.chance(0.7), complianceDue } : {}),
        ...(isUpheld && complied <= today ? { complied } : {}),
        remedyAmount: amount,
        remedyTypes: remedies,
        // Every other upheld corporate decision also finds the Code was not followed (no random
        // draw, so the rest of the demo stays as it was).
        ...(isUpheld && feedbackCase.procedure === 'corporate' && counters.ombudsman % 2 === 1
          ? { codeNonCompliance: codeFindings[counters.ombudsman % codeFindings.length] }
          : {}),
        ...(publicReport ? { publicReport } : {}),
      });
      if (amount > 0 && decided)
        cost(decidedOn, 'redress', amount, amount, 'Ombudsman remedy payment');
    }
  }
  return out;
}

function addPlan(
  r: Random,
  wd: (date: IsoDate, n: number) => IsoDate,
  today: IsoDate,
  feedbackCase: FeedbackCase,
  closed: IsoDate,
  counters: FollowUpCounters,
  out: { plans: ActionPlan[]; actions: LearningAction[]; signOffs: DemoSignOff[] },
): void {
  const head = person(
    feedbackCase.procedure === 'children_statutory'
      ? demoPeople.headOfChildren
      : demoPeople.headOfAdults,
  );
  const manager = person(demoPeople.complaintsManager);
  const id = nextId(counters.plans, 'AP', closed);
  // The editors' last step is recorded on the plan; each head of service's decision is a
  // sign-off of its own, written as that head of service (writeDemoData).
  let recorded = 'draft' as PlanState;
  let signOffsSeen = 0;
  let state = 'draft' as PlanState;
  let signedOff: IsoDate | undefined;
  const decisions: DemoSignOff[] = [];
  let at = wd(closed, r.int(3, 10));
  const step = (action: PlanAction, to: PlanState, by: Person, comment = '') => {
    if (at > today) return false;
    const decision = planRules[action].decision;
    if (decision) {
      decisions.push({
        by,
        record: {
          schemaVersion: 1,
          key: signOffKey(id, decisions.length + 1),
          planId: id,
          decision,
          comment,
        },
      });
      if (action === 'sign_off') signedOff ??= at;
    } else {
      recorded = to;
      signOffsSeen = decisions.length;
    }
    state = to;
    at = wd(at, r.int(3, 25));
    return true;
  };
  const target = r.weighted<PlanState>([
    ['draft', 8],
    ['submitted', 12],
    ['returned', 8],
    ['signed_off', 30],
    ['completed', 12],
    ['closed', 30],
  ]);
  const order: PlanState[] = ['draft', 'submitted', 'signed_off', 'completed', 'closed'];
  if (target !== 'draft' && step('submit', 'submitted', manager)) {
    const returnFirst = target === 'returned' || r.chance(0.2);
    if (
      returnFirst &&
      step('return', 'returned', head, 'Please add dates and owners to each action.')
    ) {
      if (target !== 'returned') step('submit', 'submitted', manager, 'Dates and owners added.');
    }
    if (order.indexOf(target) >= 2 && state === 'submitted')
      step('sign_off', 'signed_off', head, 'Agreed.');
    if (order.indexOf(target) >= 3 && state === 'signed_off')
      step('complete', 'completed', manager);
    if (order.indexOf(target) >= 4 && state === 'completed')
      step('sign_off_complete', 'closed', head, 'All actions evidenced.');
  }
  out.signOffs.push(...decisions);
  out.plans.push({
    schemaVersion: 2,
    id,
    caseReference: feedbackCase.reference,
    title: r.pick(planTitles),
    recommendations,
    state: recorded,
    signOffsSeen,
    headOfService: head,
    ...(signedOff ? { sentToComplainant: wd(signedOff, 2), feedbackDue: wd(signedOff, 60) } : {}),
  });
  const templates = r.sample(actionTemplates, r.int(1, 4));
  for (const template of templates) {
    const due = wd(signedOff ?? closed, r.int(15, 70));
    const finished = state === 'completed' || state === 'closed';
    const progress = finished
      ? r.chance(0.92)
        ? 'done'
        : 'cancelled'
      : state === 'signed_off'
        ? r.weighted([
            ['open', 3],
            ['in_progress', 4],
            ['done', 3],
          ] as const)
        : 'open';
    const completed = wd(due, -r.int(0, 10));
    const done = progress === 'done' && completed <= today;
    out.actions.push({
      schemaVersion: 1,
      id: nextId(counters.actions, 'ACT', closed),
      caseReference: feedbackCase.reference,
      planId: id,
      action: template.text,
      owner: r.pick([demoPeople.teamManager.name, head.name, 'Service Manager, Quality Assurance']),
      due,
      status: done ? 'done' : progress === 'done' ? 'in_progress' : progress,
      ...(done ? { completed, evidence: template.evidence } : {}),
      kind: template.kind,
      learning: feedbackCase.learning,
    });
  }
}

/** Demand figures for every financial year from `from` to `today`. */
export function demandFigures(r: Random, from: IsoDate, today: IsoDate): DemandFigure[] {
  const fy = (date: string) =>
    date.slice(5) >= '04-01' ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
  // The measures the demo has always had, in their order, so the demo's random figures stay
  // the same; the demo does not fill the measures added later.
  const ranges: Partial<Record<(typeof demandMeasures)[number], [number, number]>> = {
    referrals: [3800, 4600],
    single_assessments: [2400, 3100],
    children_in_care: [380, 460],
    child_protection_plans: [260, 340],
    adult_active_cases: [3200, 3900],
  };
  const out: DemandFigure[] = [];
  for (let year = fy(from); year <= fy(today); year += 1) {
    const label = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
    for (const measure of demandMeasures) {
      const range = ranges[measure];
      if (range === undefined) continue;
      const [min, max] = range;
      out.push({ schemaVersion: 1, year: label, measure, value: r.int(min, max) });
    }
  }
  return out;
}

/**
 * The Ombudsman's annual figures for the demo council, one per year with decisions, worked out
 * from the demo's own Ombudsman cases so the report's two views agree: enquiries received and
 * decisions made in the year, detailed investigations (upheld or not), the share upheld and the
 * share of remedies complied with on time. The similar authorities' rate is a fixed, plausible
 * 80 % (fictitious, as all demo data is); no public reports. No random draws: the rest of the
 * demo stays as it was.
 */
export function demoOmbudsmanYears(ombudsman: readonly OmbudsmanCase[]): OmbudsmanYear[] {
  const years = new Map<string, OmbudsmanCase[]>();
  for (const o of ombudsman)
    if (o.decided)
      years.set(financialYearOf(o.decided), [...(years.get(financialYearOf(o.decided)) ?? []), o]);
  const pct = (part: number, whole: number) =>
    whole === 0 ? undefined : Math.round((part / whole) * 100);
  return [...years.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, decided]) => {
      const investigated = decided.filter(
        (o) => o.decision === 'upheld' || o.decision === 'not_upheld',
      );
      const due = decided.filter((o) => o.complianceDue !== undefined);
      const onTime = due.filter((o) => o.complied !== undefined && o.complied <= o.complianceDue!);
      const upheld = pct(
        investigated.filter((o) => o.decision === 'upheld').length,
        investigated.length,
      );
      const compliance = pct(onTime.length, due.length);
      return {
        schemaVersion: 1 as const,
        year,
        enquiriesReceived: ombudsman.filter((o) => financialYearOf(o.received) === year).length,
        decisions: decided.length,
        detailedInvestigations: investigated.length,
        ...(upheld !== undefined ? { upheldPercent: upheld } : {}),
        similarAuthoritiesUpheldPercent: 80,
        ...(compliance !== undefined ? { compliancePercent: compliance } : {}),
        publicReports: 0,
      };
    });
}
