import type { CaseFile } from '../../data/store';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { SenderCaseView } from '../../ui/triage/SenderCases';
import { caseDueDates } from './dueDates';

/** How far back a sender's emails count: a complaint and its stages run for months. */
const LOOKBACK_MONTHS = 12;

/**
 * The first day whose emails from the sender are looked at: the same day a year before this
 * email arrived (the 28th for the 29th of February), so an old email reopened later still
 * finds what was open when it came.
 *   senderLookbackStart('2025-06-10T10:15:00Z') → '2024-06-10'
 */
export function senderLookbackStart(receivedAt: string): string {
  const year = Number(receivedAt.slice(0, 4));
  const month = Number(receivedAt.slice(5, 7));
  const day = Number(receivedAt.slice(8, 10));
  if (!year || !month || !day) throw new RangeError(`not a date: ${receivedAt}`);
  const index = year * 12 + month - 1 - LOOKBACK_MONTHS;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

const MET = new Set(['met', 'met_late']);

/**
 * A sender's open case as the pane lists it: reference, stage and the next date due (the
 * first clock not yet met). A children's complaint at Stage 1 acknowledged on time →
 * `{ reference: 'CSC-2025-0042', stage: 'Stage 1', due: { label: 'Stage 1 response', due: '2025-06-24' } }`
 */
export function senderCaseView(
  file: CaseFile,
  calendar: WorkingCalendar | undefined,
  today: string,
): SenderCaseView {
  const c = file.case.value;
  const stage =
    c.type === 'complaint'
      ? c.currentStage === 0
        ? 'Early resolution'
        : `Stage ${c.currentStage}`
      : undefined;
  const dates = calendar
    ? caseDueDates(
        calendar,
        c,
        file.stages.map((s) => s.value),
        today,
      )
    : [];
  const next = dates.find((d) => !d.status || !MET.has(d.status));
  return {
    reference: c.reference,
    ...(stage ? { stage } : {}),
    ...(next ? { due: { label: next.label, due: next.due } } : {}),
  };
}
