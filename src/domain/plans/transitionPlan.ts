import type { ActionPlan, PlanState, PlanTransition } from '../records/actionPlan';
import type { Person } from '../records/fields';
import { err, ok, type Result } from '../primitives/result';

export type PlanAction = PlanTransition['action'];

interface Rule {
  readonly from: readonly PlanState[];
  readonly to: PlanState;
  /** Only a head of service may take this step. */
  readonly headOfServiceOnly: boolean;
  readonly commentRequired: boolean;
  readonly label: string;
}

/** The action-plan workflow (docs/domain.md, Learning actions and action plans). */
export const planRules: Record<PlanAction, Rule> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    headOfServiceOnly: false,
    commentRequired: false,
    label: 'Submit for sign-off',
  },
  return: {
    from: ['submitted', 'completed'],
    to: 'returned',
    headOfServiceOnly: true,
    commentRequired: true,
    label: 'Return plan',
  },
  sign_off: {
    from: ['submitted'],
    to: 'signed_off',
    headOfServiceOnly: true,
    commentRequired: false,
    label: 'Sign off plan',
  },
  complete: {
    from: ['signed_off'],
    to: 'completed',
    headOfServiceOnly: false,
    commentRequired: false,
    label: 'Mark complete',
  },
  sign_off_complete: {
    from: ['completed'],
    to: 'closed',
    headOfServiceOnly: true,
    commentRequired: false,
    label: 'Sign off as complete',
  },
};

export interface PlanTransitionError {
  readonly code: 'not_head_of_service' | 'wrong_state' | 'comment_required';
  readonly message: string;
}

/** Is this person one of the heads of service who may sign off plans? Compared by sign-in name. */
export function isHeadOfService(person: Person, headsOfService: readonly Person[]): boolean {
  const upn = person.upn?.toLowerCase();
  return upn !== undefined && headsOfService.some((h) => h.upn?.toLowerCase() === upn);
}

/** The actions this person may take on the plan now. */
export function availablePlanActions(
  plan: ActionPlan,
  person: Person,
  headsOfService: readonly Person[],
): PlanAction[] {
  const head = isHeadOfService(person, headsOfService);
  return (Object.keys(planRules) as PlanAction[]).filter((action) => {
    const rule = planRules[action];
    return rule.from.includes(plan.state) && (!rule.headOfServiceOnly || head);
  });
}

/**
 * Applies one step of the workflow and appends it to the history, which is never edited.
 * `transitionPlan(submittedPlan, 'sign_off', { by: head, at, comment: '' }, heads)` →
 * `{ ok: true, value: { …, state: 'signed_off', history: [..., { action: 'sign_off', … }] } }`
 * Checked before any write, so hiding a button is never the only guard.
 */
export function transitionPlan(
  plan: ActionPlan,
  action: PlanAction,
  step: { by: Person; at: string; comment?: string },
  headsOfService: readonly Person[],
): Result<ActionPlan, PlanTransitionError> {
  const rule = planRules[action];
  if (rule.headOfServiceOnly && !isHeadOfService(step.by, headsOfService)) {
    const names = headsOfService.map((h) => h.name).join(', ') || 'no one yet (see Settings)';
    return err({
      code: 'not_head_of_service',
      message: `Only a head of service can ${rule.label.toLowerCase()}. Heads of service: ${names}.`,
    });
  }
  if (!rule.from.includes(plan.state)) {
    return err({
      code: 'wrong_state',
      message: `This plan is "${plan.state}"; "${rule.label}" is possible only when it is ${rule.from.join(' or ')}.`,
    });
  }
  const comment = step.comment?.trim() ?? '';
  if (rule.commentRequired && comment === '') {
    return err({
      code: 'comment_required',
      message: 'Say what needs to change before returning the plan.',
    });
  }
  const transition: PlanTransition = {
    at: step.at,
    by: step.by,
    action,
    from: plan.state,
    to: rule.to,
    comment,
  };
  return ok({ ...plan, state: rule.to, history: [...plan.history, transition] });
}
