import type { PlanVersion, Snapshot, Stored } from '../../../data/store';
import { toSignOff } from '../../../data/lists/signOffs';
import { planStatus, signOffsByPlan, type SignOff } from '../../../domain/plans/planState';
import {
  availablePlanActions,
  awaitsHeadOfService,
  planRules,
  type PlanRights,
} from '../../../domain/plans/planSteps';
import {
  planStateLabels,
  type ActionPlan,
  type LearningAction,
  type Person,
  type PlanAction,
  type PlanState,
} from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';
import { formatUkDate } from '../../../domain/format';

export interface PlanRow {
  readonly stored: Stored<ActionPlan>;
  readonly id: string;
  readonly title: string;
  readonly caseReference: string;
  /** Derived from the plan's sign-offs, never read from the plan's own fields. */
  readonly state: PlanState;
  readonly stateLabel: string;
  readonly headOfService: string;
  /** e.g. "Signed off by Grace Okafor on 2 March 2026" (who, and the day in England, as SharePoint stamped them). */
  readonly lastStep: string;
  readonly sentToComplainant: IsoDate | undefined;
  readonly feedbackDue: IsoDate | undefined;
  /** The complainant's progress feedback is due and the plan is not closed. */
  readonly feedbackOverdue: boolean;
}

/** Plans waiting for a head of service come first, closed ones last. */
const stateOrder: Record<PlanState, number> = {
  submitted: 0,
  completed: 1,
  returned: 2,
  draft: 3,
  signed_off: 4,
  closed: 5,
};

const decisionPast: Record<SignOff['decision'], string> = {
  signed_off: 'Signed off',
  returned: 'Returned',
  completed: 'Signed off as complete',
};

const editorStepText: Partial<Record<PlanState, string>> = {
  submitted: 'Submitted for sign-off',
  completed: 'Marked complete',
};

/** Every plan's sign-offs as the domain reads them, grouped by plan. */
export function signOffsOf(snapshot: Pick<Snapshot, 'signOffs'>): ReadonlyMap<string, SignOff[]> {
  return signOffsByPlan(snapshot.signOffs.map(toSignOff));
}

function lastStepOf(state: PlanState, signOffs: readonly SignOff[]): string {
  const editorStep = editorStepText[state];
  if (editorStep) return editorStep;
  const last = signOffs.at(-1);
  if (last) return `${decisionPast[last.decision]} by ${last.by.name} on ${formatUkDate(last.at)}`;
  return 'Not yet submitted';
}

export function selectPlanRows(
  plans: Snapshot['plans'],
  signOffs: ReadonlyMap<string, readonly SignOff[]>,
  today: IsoDate,
): PlanRow[] {
  return plans
    .map((stored): PlanRow => {
      const p = stored.value;
      const status = planStatus(p, signOffs.get(p.id) ?? []);
      return {
        stored,
        id: p.id,
        title: p.title,
        caseReference: p.caseReference,
        state: status.state,
        stateLabel: planStateLabels[status.state],
        headOfService: p.headOfService?.name ?? '—',
        lastStep: lastStepOf(status.state, status.signOffs),
        sentToComplainant: p.sentToComplainant,
        feedbackDue: p.feedbackDue,
        feedbackOverdue:
          status.state !== 'closed' && p.feedbackDue !== undefined && p.feedbackDue < today,
      };
    })
    .sort(
      (a, b) =>
        stateOrder[a.state] - stateOrder[b.state] ||
        a.id.localeCompare(b.id, 'en-GB', { numeric: true }),
    );
}

export interface PlanStep {
  readonly action: PlanAction;
  readonly label: string;
  readonly commentRequired: boolean;
  readonly headOfServiceOnly: boolean;
}

export interface PlanDetail {
  readonly state: PlanState;
  /** What this person may do now, in workflow order (what SharePoint will let them do). */
  readonly steps: readonly PlanStep[];
  /**
   * Set when the next step is a head of service's and this person is not one: who to ask,
   * e.g. "Only heads of service can sign off plans; ask Grace Okafor or David Lennox."
   */
  readonly whoMust: string | undefined;
  /** This plan's sign-offs, oldest first. */
  readonly signOffs: readonly SignOff[];
  readonly actions: readonly Stored<LearningAction>[];
}

/** `joinOr(['A', 'B', 'C'])` → `'A, B or C'`. */
const joinOr = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/**
 * Who to ask for a head of service's step: the members of the site's heads of service group,
 * when the page could read them.
 */
export function onlyHeadsOfService(heads: readonly Person[] | undefined): string {
  return heads && heads.length > 0
    ? `Only heads of service can sign off plans; ask ${joinOr(heads.map((h) => h.name))}.`
    : 'Only heads of service can sign off plans; ask your complaints manager who they are.';
}

export function selectPlanDetail(
  plan: ActionPlan,
  signOffs: readonly SignOff[],
  rights: PlanRights,
  heads: readonly Person[] | undefined,
  actions: Snapshot['actions'],
): PlanDetail {
  const status = planStatus(plan, signOffs);
  const steps = availablePlanActions(status.state, rights).map((action) => ({
    action,
    label: planRules[action].label,
    commentRequired: planRules[action].commentRequired,
    headOfServiceOnly: planRules[action].by === 'head_of_service',
  }));
  return {
    state: status.state,
    steps,
    whoMust:
      awaitsHeadOfService(status.state) && rights.maySignOff !== true
        ? onlyHeadsOfService(heads)
        : undefined,
    signOffs: status.signOffs,
    actions: actions.filter((a) => a.value.planId === plan.id),
  };
}

export interface HistoryRow {
  readonly at: string;
  readonly by: string;
  readonly step: string;
  readonly comment: string;
}

/**
 * The plan's history, newest last, from what SharePoint recorded: each sign-off (its author
 * and time are SharePoint's), and each saved version of the plan in which its editors recorded
 * a step (who saved it is SharePoint's `lastModifiedBy`).
 */
export function planHistory(
  signOffs: readonly SignOff[],
  versions: readonly PlanVersion[] | undefined,
): HistoryRow[] {
  const rows: HistoryRow[] = signOffs.map((s) => ({
    at: s.at,
    by: s.by.name,
    step: decisionPast[s.decision],
    comment: s.comment,
  }));
  const oldestFirst = [...(versions ?? [])].reverse();
  const stepOf = (v: PlanVersion | undefined) => v && `${v.recordedState}/${v.signOffsSeen ?? 0}`;
  oldestFirst.forEach((v, i) => {
    const before = stepOf(oldestFirst[i - 1]);
    if (i === 0) rows.push({ at: v.at, by: v.by.name, step: 'Created', comment: '' });
    else if (stepOf(v) !== before) {
      const text = editorStepText[v.recordedState as PlanState];
      if (text) rows.push({ at: v.at, by: v.by.name, step: text, comment: '' });
    }
  });
  return rows.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The next plan id for the year of `today`: `nextPlanId(['AP-2026-0003'], '2026-05-01')` →
 * `'AP-2026-0004'`.
 */
export function nextPlanId(ids: readonly string[], today: IsoDate): string {
  const year = today.slice(0, 4);
  const prefix = `AP-${year}-`;
  const highest = ids
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)))
    .filter(Number.isFinite)
    .reduce((max, n) => Math.max(max, n), 0);
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}
