import type { ActionPlan, PlanAction, PlanState, SignOffDecision, SignOffRecord } from '../records';
import { signOffKey } from '../records';
import { err, ok, type Result } from '../primitives/result';
import type { PlanStatus } from './planState';

interface Rule {
  readonly from: readonly PlanState[];
  readonly to: PlanState;
  /**
   * `editor`: recorded on the plan by anyone who may edit plans (officers, managers);
   * `head_of_service`: a sign-off item, which only heads of service may add.
   */
  readonly by: 'editor' | 'head_of_service';
  /** The sign-off decision a head of service's step records. */
  readonly decision?: SignOffDecision;
  readonly commentRequired: boolean;
  readonly label: string;
}

/** The action-plan workflow (docs/domain.md, "Learning actions and action plans"). */
export const planRules: Record<PlanAction, Rule> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    by: 'editor',
    commentRequired: false,
    label: 'Submit for sign-off',
  },
  return: {
    from: ['submitted', 'completed'],
    to: 'returned',
    by: 'head_of_service',
    decision: 'returned',
    commentRequired: true,
    label: 'Return plan',
  },
  sign_off: {
    from: ['submitted'],
    to: 'signed_off',
    by: 'head_of_service',
    decision: 'signed_off',
    commentRequired: false,
    label: 'Sign off plan',
  },
  complete: {
    from: ['signed_off'],
    to: 'completed',
    by: 'editor',
    commentRequired: false,
    label: 'Mark complete',
  },
  sign_off_complete: {
    from: ['completed'],
    to: 'closed',
    by: 'head_of_service',
    decision: 'completed',
    commentRequired: false,
    label: 'Sign off as complete',
  },
};

/**
 * What the page believes this person may do, from their SharePoint groups. Only a belief: it
 * chooses the buttons to show, and SharePoint refuses whatever the person may not do.
 * `undefined` means "not known" (the groups could not be read): the steps are offered and
 * the store decides.
 */
export interface PlanRights {
  readonly mayEdit: boolean | undefined;
  readonly maySignOff: boolean | undefined;
}

/** The steps open from this state that this person may take, in workflow order. */
export function availablePlanActions(state: PlanState, rights: PlanRights): PlanAction[] {
  return (Object.keys(planRules) as PlanAction[]).filter((action) => {
    const rule = planRules[action];
    const allowed = rule.by === 'editor' ? rights.mayEdit : rights.maySignOff;
    return rule.from.includes(state) && allowed !== false;
  });
}

/** Is the next step in this state a head of service's? */
export const awaitsHeadOfService = (state: PlanState): boolean =>
  (Object.keys(planRules) as PlanAction[]).some(
    (a) => planRules[a].by === 'head_of_service' && planRules[a].from.includes(state),
  );

export interface PlanStepError {
  readonly code: 'wrong_state' | 'comment_required';
  readonly message: string;
}

/** What one step writes: the plan with the editors' step on it, or a new sign-off item. */
export type PlanStepWrite =
  | { readonly kind: 'plan'; readonly plan: ActionPlan }
  | { readonly kind: 'sign_off'; readonly signOff: SignOffRecord };

/**
 * Works out what a step writes, checked against the derived state and the comment. Who may
 * take it is not checked here: SharePoint's list permissions decide that.
 * `planStep(plan, { state: 'submitted', signOffs: [] }, 'sign_off', '')` →
 * `{ ok: true, value: { kind: 'sign_off', signOff: { key: 'AP-2026-0003/1', decision: 'signed_off', … } } }`
 */
export function planStep(
  plan: ActionPlan,
  status: PlanStatus,
  action: PlanAction,
  comment: string,
): Result<PlanStepWrite, PlanStepError> {
  const rule = planRules[action];
  if (!rule.from.includes(status.state)) {
    return err({
      code: 'wrong_state',
      message: `"${rule.label}" is possible only when the plan is ${rule.from.join(' or ')}; it is ${status.state}. Reload to see its latest state.`,
    });
  }
  const trimmed = comment.trim();
  if (rule.commentRequired && trimmed === '') {
    return err({
      code: 'comment_required',
      message: 'Say what needs to change before returning the plan.',
    });
  }
  if (rule.decision === undefined)
    return ok({
      kind: 'plan',
      plan: { ...plan, state: rule.to, signOffsSeen: status.signOffs.length },
    });
  return ok({
    kind: 'sign_off',
    signOff: {
      schemaVersion: 1,
      key: signOffKey(plan.id, status.signOffs.length + 1),
      planId: plan.id,
      decision: rule.decision,
      comment: trimmed,
    },
  });
}
