import type { FeedbackCase } from '../../../domain/records';
import { feedbackTypeLabels, procedureLabels } from '../../../domain/records';
import { formatUkDate } from '../../../domain/format';

/** How many references the picker offers at once: enough to scan, few enough to read. */
const OFFERED = 30;

/**
 * The case references a record's "Case reference" box offers for what has been typed: those
 * that contain it (any case, capitals or not), the most recently received first. Nothing until
 * two characters are typed, so the list never holds a council's every case.
 *   caseSuggestions(cases, 'csc-2025-00') → ['CSC-2025-0042', 'CSC-2025-0041', …]
 */
export function caseSuggestions(cases: readonly FeedbackCase[], typed: string): string[] {
  const wanted = typed.trim().toUpperCase();
  if (wanted.length < 2) return [];
  return cases
    .filter((c) => c.reference.includes(wanted))
    .sort((a, b) => b.received.localeCompare(a.received) || a.reference.localeCompare(b.reference))
    .slice(0, OFFERED)
    .map((c) => c.reference);
}

/**
 * The case a typed reference names, in words, so the manager sees they have the right one;
 * undefined when no case has it.
 *   → 'Complaint, Children's social care (statutory), Stage 2, received 3 June 2025, open'
 */
export function caseInWords(cases: readonly FeedbackCase[], typed: string): string | undefined {
  const reference = typed.trim().toUpperCase();
  const c = cases.find((x) => x.reference === reference);
  if (!c) return undefined;
  return [
    feedbackTypeLabels[c.type],
    ...(c.procedure ? [procedureLabels[c.procedure]] : []),
    ...(c.type === 'complaint'
      ? [c.currentStage === 0 ? 'early resolution' : `Stage ${c.currentStage}`]
      : []),
    `received ${formatUkDate(c.received)}`,
    c.status,
  ].join(', ');
}
