import { learningActionSchema, type ActionKind, type LearningAction } from '../domain/records';
import type { CaseReference } from '../domain/primitives/brand';
import { err, ok, type Result } from '../domain/primitives/result';

/**
 * What an officer enters to add an action to a case: a remedy for the complainant (an apology,
 * a payment, a repair, a visit rearranged) or a learning action, with who will do it and by
 * when. Tracked to completion apart from the response (Complaint Handling Code 6.6, 7.3).
 */
export interface ActionDraft {
  readonly kind: ActionKind;
  readonly action: string;
  readonly owner: string;
  readonly due: string;
}

export type ActionDraftProblems = Partial<Record<'action' | 'owner' | 'due', string>>;

/** Why the action cannot be added, field by field. */
export interface ActionRefused {
  readonly code: 'problems';
  readonly message: string;
  readonly problems: ActionDraftProblems;
}

/**
 * The next action id of a case, from the ids it already has: `ACT-CSC-2026-0042-3` for its
 * third. Made once when the form opens, so a retry of the same save finds the action its
 * first attempt wrote instead of adding a second.
 */
export function nextActionId(
  caseReference: CaseReference,
  existing: readonly { readonly id: string }[],
): string {
  const prefix = `ACT-${caseReference}-`;
  let n = 0;
  for (const { id } of existing)
    if (id.startsWith(prefix)) n = Math.max(n, Number(id.slice(prefix.length)) || 0);
  return `${prefix}${n + 1}`;
}

/** The new open action, or what to fix, field by field. */
export function newCaseAction(
  caseReference: CaseReference,
  id: string,
  draft: ActionDraft,
): Result<LearningAction, ActionRefused> {
  const problems: ActionDraftProblems = {};
  if (draft.action.trim() === '') problems.action = 'Say what will be done';
  if (draft.owner.trim() === '') problems.owner = 'Name who will do it';
  const parsed = learningActionSchema.safeParse({
    schemaVersion: 1,
    id,
    caseReference,
    action: draft.action.trim(),
    owner: draft.owner.trim(),
    due: draft.due,
    status: 'open',
    kind: draft.kind,
    learning: [],
  });
  if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'due'))
    problems.due = 'Enter the whole date it is promised by: day, month and year';
  if (!parsed.success || Object.keys(problems).length > 0)
    return err({ code: 'problems', message: 'The action was not added.', problems });
  return ok(parsed.data);
}
