import { actionKinds, causeLabels, type LearningCategory } from '../records';
import { isInPeriod, type Period } from './financialYear';
import type { CaseFacts, ScopedInput } from './reportInput';
import type { Counts, LearningFigures, YouSaidWeDid } from './reportTypes';
import { zeroCounts } from './tally';

/**
 * Learning and actions taken: the learning analysis of complaints resolved in the year, and
 * "you said, we did" from actions completed in the year. "You said" is built from the
 * complaint's causes, never from its summary, so no complainant's words are published.
 */
export function learningFigures(
  scoped: ScopedInput,
  period: Period,
  byCategory: Counts<LearningCategory>,
): LearningFigures {
  let actionsCompleted = 0;
  let actionsOutstanding = 0;
  const actionsCompletedByKind = zeroCounts(actionKinds);
  const youSaidWeDid: YouSaidWeDid[] = [];
  for (const { action, case: owner } of scoped.actions) {
    if (action.status === 'done' && isInPeriod(action.completed, period)) {
      actionsCompleted += 1;
      actionsCompletedByKind[action.kind] += 1;
      youSaidWeDid.push({
        caseReference: action.caseReference,
        serviceArea: owner?.serviceArea ?? null,
        youSaid: youSaid(owner),
        weDid: action.action,
        evidence: action.evidence ?? '',
        completed: action.completed,
        kind: action.kind,
      });
    } else if (
      (action.status === 'open' || action.status === 'in_progress') &&
      action.due <= period.to
    ) {
      actionsOutstanding += 1;
    }
  }
  youSaidWeDid.sort((a, b) =>
    a.completed < b.completed
      ? -1
      : a.completed > b.completed
        ? 1
        : a.caseReference.localeCompare(b.caseReference),
  );
  return { byCategory, actionsCompleted, actionsCompletedByKind, actionsOutstanding, youSaidWeDid };
}

/** `Communication; Delay` for a complaint about communication and delay. */
function youSaid(owner: CaseFacts | undefined): string {
  if (owner === undefined || owner.causes.length === 0) return 'A complaint';
  return owner.causes.map((cause) => causeLabels[cause]).join('; ');
}
