import type { Snapshot, Stored } from '../../../data/store';
import {
  availablePlanActions,
  isHeadOfService,
  planRules,
  type PlanAction,
} from '../../../domain/plans/transitionPlan';
import {
  planStateLabels,
  type ActionPlan,
  type LearningAction,
  type Person,
  type PlanState,
} from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';

export interface PlanRow {
  readonly stored: Stored<ActionPlan>;
  readonly id: string;
  readonly title: string;
  readonly caseReference: string;
  readonly state: PlanState;
  readonly stateLabel: string;
  readonly headOfService: string;
  /** e.g. "Submitted by Sam Patel on 2026-03-02". */
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

const pastTense: Record<PlanAction, string> = {
  submit: 'Submitted',
  return: 'Returned',
  sign_off: 'Signed off',
  complete: 'Marked complete',
  sign_off_complete: 'Signed off as complete',
};

export function selectPlanRows(plans: Snapshot['plans'], today: IsoDate): PlanRow[] {
  return plans
    .map((stored): PlanRow => {
      const p = stored.value;
      const last = p.history.at(-1);
      return {
        stored,
        id: p.id,
        title: p.title,
        caseReference: p.caseReference,
        state: p.state,
        stateLabel: planStateLabels[p.state],
        headOfService: p.headOfService?.name ?? '—',
        lastStep: last
          ? `${pastTense[last.action]} by ${last.by.name} on ${last.at.slice(0, 10)}`
          : 'Not yet submitted',
        sentToComplainant: p.sentToComplainant,
        feedbackDue: p.feedbackDue,
        feedbackOverdue:
          p.state !== 'closed' && p.feedbackDue !== undefined && p.feedbackDue < today,
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
  /** What this person may do now, in workflow order. */
  readonly steps: readonly PlanStep[];
  /**
   * Set when the next step is a head of service's and this person is not one: who must take it,
   * e.g. "Only a head of service can sign off or return this plan: Priya Shah, Tom Reid."
   */
  readonly whoMust: string | undefined;
  readonly history: readonly {
    readonly at: string;
    readonly by: string;
    readonly step: string;
    readonly change: string;
    readonly comment: string;
  }[];
  readonly actions: readonly Stored<LearningAction>[];
}

export function selectPlanDetail(
  plan: ActionPlan,
  user: Person,
  headsOfService: readonly Person[],
  actions: Snapshot['actions'],
): PlanDetail {
  const steps = availablePlanActions(plan, user, headsOfService).map((action) => ({
    action,
    label: planRules[action].label,
    commentRequired: planRules[action].commentRequired,
    headOfServiceOnly: planRules[action].headOfServiceOnly,
  }));
  const needsHead = (Object.keys(planRules) as PlanAction[]).some(
    (a) => planRules[a].headOfServiceOnly && planRules[a].from.includes(plan.state),
  );
  const names = headsOfService.map((h) => h.name).join(', ');
  const whoMust =
    needsHead && !isHeadOfService(user, headsOfService)
      ? names
        ? `Only a head of service can sign off or return this plan: ${names}.`
        : 'Only a head of service can sign off or return this plan, and none is set yet: the complaints manager adds them in Settings.'
      : undefined;
  return {
    steps,
    whoMust,
    history: plan.history.map((t) => ({
      at: t.at,
      by: t.by.name,
      step: pastTense[t.action],
      change: `${planStateLabels[t.from]} → ${planStateLabels[t.to]}`,
      comment: t.comment,
    })),
    actions: actions.filter((a) => a.value.planId === plan.id),
  };
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
