import type { FeedbackStore, StoreError, Stored } from '../data/store';
import { learningActionSchema, type LearningAction } from '../domain/records';
import type { IsoDate } from '../domain/primitives/brand';
import { err, ok, type Result } from '../domain/primitives/result';
import { storeCall } from './storeCall';

/** What the officer enters to mark an action done. */
export interface Completion {
  readonly completed: string;
  readonly evidence: string;
}

/** Field → what to fix, for the form to show beside the field. */
export type CompletionProblems = Partial<Record<keyof Completion, string>>;

/** Why the completion cannot be saved, field by field. */
export interface CompletionRefused {
  readonly code: 'problems';
  readonly message: string;
  readonly problems: CompletionProblems;
}

/**
 * The action marked done, or what is wrong with the completion. A done action needs the date
 * it was done (not in the future) and the evidence that shows it (the record's own rule).
 */
export function completedAction(
  action: LearningAction,
  completion: Completion,
  today: IsoDate,
): Result<LearningAction, CompletionRefused> {
  const evidence = completion.evidence.trim();
  const problems: CompletionProblems = {};
  const parsed = learningActionSchema.safeParse({
    ...action,
    status: 'done',
    completed: completion.completed,
    evidence,
  });
  if (!parsed.success) {
    // The record's rule reports a done action without evidence under `evidence`.
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'completed')
        problems.completed = 'Enter the whole date it was done: day, month and year';
      else problems.evidence = 'Describe the evidence that it was done';
    }
  } else if (completion.completed > today) {
    problems.completed = 'The completion date cannot be in the future';
  }
  if (evidence === '') problems.evidence = 'Describe the evidence that it was done';
  if (!parsed.success || Object.keys(problems).length > 0) {
    return err({ code: 'problems', message: 'The action was not marked done.', problems });
  }
  return ok(parsed.data);
}

/**
 * Marks the action done, guarded by the ETag the officer saw. A completion with problems is
 * refused as `invalid` without a write; a form shows `completedAction`'s problems per field
 * before it gets here.
 */
export async function completeAction(
  store: FeedbackStore,
  action: Stored<LearningAction>,
  completion: Completion,
  today: IsoDate,
): Promise<Result<Stored<LearningAction>, StoreError>> {
  const done = completedAction(action.value, completion, today);
  if (!done.ok) {
    return err({ code: 'invalid', message: Object.values(done.error.problems).join('. ') + '.' });
  }
  return storeCall(() => store.saveAction(done.value, action.etag));
}
