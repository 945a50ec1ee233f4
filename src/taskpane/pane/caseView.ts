import type { CaseFile, CaseMatch } from '../../data/store';
import { feedbackTypeLabels, procedureLabels } from '../../domain/records';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { CaseSummaryView } from '../../ui/triage/CaseSummary';
import type { DueDateView } from '../../ui/triage/DueDateList';
import { caseDueDates } from '../model/dueDates';

const matchedByText: Record<CaseMatch['matchedBy'], string> = {
  message: 'This email is already on this case.',
  conversation: 'An earlier email in this conversation is on this case.',
  reference: 'This email quotes the case reference.',
};

export function dueDatesOf(
  file: CaseFile,
  calendar: WorkingCalendar | undefined,
  today: string,
): DueDateView[] {
  if (!calendar) return [];
  return caseDueDates(
    calendar,
    file.case.value,
    file.stages.map((s) => s.value),
    today,
  );
}

/**
 * The case as the pane shows it.
 * A children's complaint at Stage 2 → `{ reference: 'CSC-2025-0003', stage: 'Stage 2',
 * kind: "Complaint — Children's social care (statutory)", … }`
 */
export function caseSummaryView(
  match: CaseMatch,
  calendar: WorkingCalendar | undefined,
  today: string,
): CaseSummaryView {
  const c = match.case.value;
  const procedure = c.procedure ? ` — ${procedureLabels[c.procedure]}` : '';
  return {
    reference: c.reference,
    kind: `${feedbackTypeLabels[c.type]}${procedure}`,
    ...(c.type === 'complaint'
      ? { stage: c.currentStage === 0 ? 'Early resolution' : `Stage ${c.currentStage}` }
      : {}),
    status: c.status,
    matchedBy: matchedByText[match.matchedBy],
    summary: c.summary,
    ...(c.owner ? { owner: c.owner.name } : {}),
    ...(c.adjustments ? { adjustments: c.adjustments } : {}),
    dueDates: dueDatesOf(match, calendar, today),
  };
}

/** "Acknowledgement due 9 April 2025; Stage 1 response due 22 April 2025" */
export function dueDatesSentence(
  dates: readonly DueDateView[],
  format: (d: string) => string,
): string {
  return dates.map((d) => `${d.label} due ${format(d.due)}`).join('; ');
}

/**
 * An email quotes a reference no case has: say so, so the officer checks it before opening a
 * second case for the same matter.
 * `missingReferencesSentence(['CSC-2025-0147'])` →
 * `'No case CSC-2025-0147: check the reference or search.'`
 */
export function missingReferencesSentence(references: readonly string[]): string {
  const unique = [...new Set(references.map((r) => r.trim().toUpperCase()))];
  const named =
    unique.length === 1 ? unique[0] : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
  return `No case ${named}: check the reference or search.`;
}

/**
 * A save that made the case but stopped before the email was on it: exactly what is saved
 * and what is not. A complaint whose first stage was refused too says so (the same button
 * writes it: the store's addEmailToCase puts in a missing first stage).
 *   halfSavedSentence(fileWithStage1, 'SharePoint had a problem.') →
 *   'Case CSC-2025-0042 is saved with its details and its Stage 1 record. This email was not
 *   archived and is not in the case's correspondence (SharePoint had a problem.). Press …'
 */
export function halfSavedSentence(file: CaseFile, reason: string): string {
  const c = file.case.value;
  const stage = c.currentStage === 0 ? 'early resolution' : `Stage ${c.currentStage}`;
  const saved =
    c.type !== 'complaint'
      ? 'is saved with its details'
      : file.stages.length > 0
        ? `is saved with its details and its ${stage} record`
        : `is saved with its details, but not yet its ${stage} record, so its due dates are not counted yet`;
  return `Case ${c.reference} ${saved}. This email was not archived and is not in the case's correspondence (${reason.trim()}). Press "Archive this email" to finish${c.type === 'complaint' && file.stages.length === 0 ? ' (it writes the stage record too)' : ''}; opening this email again finishes it too.`;
}
