import { actionKinds, causeLabels, isOutstanding, type LearningCategory } from '../records';
import { isInPeriod, type Period } from './financialYear';
import type { CaseFacts, ScopedInput } from './reportInput';
import type { Counts, LearningFigures, MonitoredAction, YouSaidWeDid } from './reportTypes';
import { zeroCounts } from './tally';

/**
 * Learning and actions taken: the learning analysis of complaints resolved in the year,
 * "you said, we did" from actions completed in the year (those on complaints the Ombudsman
 * decided listed again under `fromOmbudsman`), and every action still open as next year's
 * monitoring plan. "You said" is built from the complaint's causes, never from its summary,
 * so no complainant's words are published. Remedies (an individual remedy: what the council
 * promised the complainant, by when) are counted by the date promised, as the Complaint
 * Handling Code asks them followed through to completion apart from the response (6.6, 7.3).
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
  const monitoringPlan: MonitoredAction[] = [];
  const remedies = { due: 0, doneByDate: 0, doneLate: 0, stillToDo: 0, cancelled: 0 };
  const decided = new Set<string>();
  for (const o of scoped.ombudsman) if (o.caseReference !== undefined) decided.add(o.caseReference);
  for (const { action, case: owner } of scoped.actions) {
    if (action.kind === 'individual_remedy' && isInPeriod(action.due, period)) {
      remedies.due += 1;
      if (action.status === 'done')
        remedies[(action.completed ?? '') <= action.due ? 'doneByDate' : 'doneLate'] += 1;
      else if (action.status === 'cancelled') remedies.cancelled += 1;
      else remedies.stillToDo += 1;
    }
    if (isOutstanding(action.status)) {
      monitoringPlan.push({
        caseReference: action.caseReference,
        serviceArea: owner?.serviceArea ?? null,
        action: action.action,
        owner: action.owner,
        due: action.due,
        status: action.status,
      });
    }
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
    } else if (isOutstanding(action.status) && action.due <= period.to) {
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
  monitoringPlan.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.caseReference.localeCompare(b.caseReference),
  );
  return {
    byCategory,
    actionsCompleted,
    actionsCompletedByKind,
    actionsOutstanding,
    youSaidWeDid,
    fromOmbudsman: youSaidWeDid.filter((item) => decided.has(item.caseReference)),
    monitoringPlan,
    remedies,
  };
}

/** `Communication; Delay` for a complaint about communication and delay. */
function youSaid(owner: CaseFacts | undefined): string {
  if (owner === undefined || owner.causes.length === 0) return 'A complaint';
  return owner.causes.map((cause) => causeLabels[cause]).join('; ');
}
