import type { ActionPlan, PlanState, Person, SignOffDecision } from '../records';

/**
 * A head of service's decision as SharePoint recorded it: the decision and comment from the
 * sign-off item's fields, who and when from SharePoint's own stamps (`createdBy`,
 * `createdDateTime`), and `order`, the item's id (SharePoint numbers items in the order they
 * were added, so it orders decisions made within the same second).
 */
export interface SignOff {
  readonly planId: string;
  readonly decision: SignOffDecision;
  readonly comment: string;
  readonly by: Person;
  readonly at: string;
  readonly order: number;
}

/** The state a decision puts a plan in. */
export const decisionState: Record<SignOffDecision, PlanState> = {
  signed_off: 'signed_off',
  returned: 'returned',
  completed: 'closed',
};

/** What the plan's editors may record on the plan, and the decided states each may follow. */
const editorSteps: readonly { readonly after: readonly PlanState[]; readonly to: PlanState }[] = [
  { after: ['draft', 'returned'], to: 'submitted' },
  { after: ['signed_off'], to: 'completed' },
];

export interface PlanStatus {
  /** The state to show: from the sign-offs, and the editors' step only where it is theirs. */
  readonly state: PlanState;
  /** This plan's decisions, oldest first. */
  readonly signOffs: readonly SignOff[];
}

/**
 * The state of a plan, derived from its sign-offs. The plan's own `state` field is written by
 * whoever may edit the plan, so it counts only for the steps editors take (submit after a
 * draft or a return, mark complete after a sign-off), and only when it was recorded after the
 * latest decision (`signOffsSeen`). A plan whose fields claim "signed off" with no sign-off
 * item is a draft.
 *
 * `planStatus({ id: 'AP-1', state: 'signed_off', signOffsSeen: 0 }, [])` → `{ state: 'draft', signOffs: [] }`
 * `planStatus({ id: 'AP-1', state: 'submitted', signOffsSeen: 0 }, [])` → `{ state: 'submitted', … }`
 * `planStatus({ id: 'AP-1', state: 'submitted', signOffsSeen: 0 }, [signedOff])` → `{ state: 'signed_off', … }`
 */
export function planStatus(
  plan: Pick<ActionPlan, 'id' | 'state' | 'signOffsSeen'>,
  signOffs: readonly SignOff[],
): PlanStatus {
  const mine = signOffs.filter((s) => s.planId === plan.id).sort((a, b) => a.order - b.order);
  const last = mine.at(-1);
  const decided: PlanState = last ? decisionState[last.decision] : 'draft';
  const editorsAnswerLatest = plan.signOffsSeen === mine.length;
  const editorStep = editorSteps.find((s) => s.to === plan.state && s.after.includes(decided));
  return {
    state: editorsAnswerLatest && editorStep ? editorStep.to : decided,
    signOffs: mine,
  };
}

/**
 * Every plan's sign-offs, grouped once: `signOffsByPlan(all).get('AP-2026-0003')` → its
 * decisions, in any order (`planStatus` sorts them).
 */
export function signOffsByPlan(signOffs: readonly SignOff[]): ReadonlyMap<string, SignOff[]> {
  const byPlan = new Map<string, SignOff[]>();
  for (const s of signOffs) {
    const list = byPlan.get(s.planId);
    if (list) list.push(s);
    else byPlan.set(s.planId, [s]);
  }
  return byPlan;
}
