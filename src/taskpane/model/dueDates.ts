import type { FeedbackCase, Stage, StageNumber } from '../../domain/records';
import { asCaseReference, asIsoDate } from '../../domain/primitives/brand';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
// Each file on its own: the timescales index also exports the settings helpers, which pull
// the whole `date-holidays` package into the first load.
import { caseTimeliness } from '../../domain/timescales/caseTimeliness';
import { defaultTimescalePolicy } from '../../domain/timescales/defaultPolicy';
import type { TimescalePolicy } from '../../domain/timescales/policy';
import type { DueDateView } from '../../ui/triage/DueDateList';

/**
 * The clocks of a case at its current stage, as the pane lists them: the domain's
 * `caseTimeliness` (the same figures the Teams tab shows), narrowed to what the officer
 * acts on next.
 * Children's complaint received 2025-12-19 at Stage 1, on 2025-12-22 →
 * `[{ label: 'Acknowledgement', due: '2025-12-24', status: 'on_track' },
 *   { label: 'Stage 1 response', due: '2026-01-07', status: 'on_track' }]`
 */
export function caseDueDates(
  calendar: WorkingCalendar,
  feedbackCase: FeedbackCase,
  stages: readonly Stage[],
  today: string,
  policy: TimescalePolicy = defaultTimescalePolicy(),
): DueDateView[] {
  const current = feedbackCase.currentStage;
  return caseTimeliness(feedbackCase, stages, asIsoDate(today), { calendar, policy })
    .filter((clock) => clock.stage === null || clock.stage === current)
    .filter((clock) => clock.kind === 'deadline' || clock.status !== 'overdue')
    .map((clock) => {
      const notes = [
        clock.provisionalStart ? 'if acknowledged on time' : undefined,
        clock.extended ? 'extended' : undefined,
        clock.pausedWorkingDays > 0 ? `${clock.pausedWorkingDays} working days paused` : undefined,
        clock.kind === 'request_window' ? "the complainant's window" : undefined,
      ].filter((n): n is string => n !== undefined);
      return {
        label: clock.label,
        due: clock.due,
        status: clock.status,
        ...(notes.length ? { note: notes.join(', ') } : {}),
      };
    });
}

/**
 * The due dates a draft would get if saved now (no status: nothing has happened yet).
 * Builds the case and stage records the store would create, with a placeholder reference.
 */
export function draftDueDates(
  calendar: WorkingCalendar,
  draft: {
    type: FeedbackCase['type'];
    procedure: FeedbackCase['procedure'];
    stage: StageNumber;
    received: string;
  },
): DueDateView[] {
  const reference = asCaseReference('NEW');
  const received = asIsoDate(draft.received);
  const complaint = draft.type === 'complaint';
  const stage = complaint ? draft.stage : 0;
  const feedbackCase: FeedbackCase = {
    schemaVersion: 2,
    reference,
    type: draft.type,
    procedure: complaint ? draft.procedure : null,
    status: 'open',
    currentStage: stage,
    received,
    summary: '',
    complainant: 'not_recorded',
    causes: [],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
  };
  const stages: Stage[] = complaint
    ? [
        {
          schemaVersion: 1,
          caseReference: reference,
          number: stage,
          requested: received,
          complex: false,
          pauses: [],
        },
      ]
    : [];
  // "Today" a season later, so clocks that start later (a Code response runs from the
  // acknowledgement's due date) are listed too; their status is dropped.
  const later = new Date(Date.parse(`${draft.received}T00:00:00Z`) + 120 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return caseDueDates(calendar, feedbackCase, stages, later).map(({ status: _s, ...rest }) => rest);
}
