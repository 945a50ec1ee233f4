/**
 * The open cases with their next clock, shared by the Overview (counts) and Timeliness (the
 * table): computed here once per snapshot and day, so neither view imports the other.
 */
import type { Snapshot, Stored } from '../../data/store';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import {
  feedbackTypeLabels,
  procedureLabels,
  type FeedbackCase,
  type Procedure,
  type Stage,
} from '../../domain/records';
import type { IsoDate } from '../../domain/primitives/brand';
import type { TimescalePolicy } from '../../domain/timescales';
import { nextClockOf } from './caseClock';

/** The four states a manager sorts open work by. */
export type OpenStatus = 'overdue' | 'due_soon' | 'on_track' | 'paused';

export const openStatusLabels: Record<OpenStatus, string> = {
  overdue: 'Overdue',
  due_soon: 'Due within 2 working days',
  on_track: 'On track',
  paused: 'Paused',
};

/**
 * A case's safeguarding flag as a manager needs it: flagged with the referral to the front
 * door recorded, flagged with no referral recorded yet, or not flagged.
 */
export type SafeguardingState = 'referred' | 'not_referred' | 'none';

export const safeguardingLabels: Record<SafeguardingState, string> = {
  not_referred: 'Flagged, no referral recorded',
  referred: 'Flagged, referred',
  none: 'Not flagged',
};

/** `safeguardingStateOf({ flagged: true, reasons: [] })` → `'not_referred'`. */
export function safeguardingStateOf(flag: FeedbackCase['safeguarding']): SafeguardingState {
  if (!flag?.flagged) return 'none';
  return flag.referredOn ? 'referred' : 'not_referred';
}

export interface TimelinessRow {
  readonly stored: Stored<FeedbackCase>;
  readonly reference: string;
  readonly typeLabel: string;
  readonly procedure: Procedure | 'none';
  readonly procedureLabel: string;
  readonly stage: number;
  readonly stageLabel: string;
  readonly serviceArea: string;
  readonly owner: string;
  /** What is due next, e.g. "Stage 1 response"; "No fixed timescale" when none applies. */
  readonly nextEvent: string;
  readonly due: IsoDate | undefined;
  readonly workingDaysLeft: number | undefined;
  readonly status: OpenStatus | 'none';
  readonly safeguarding: SafeguardingState;
}

const stageLabel = (c: FeedbackCase) =>
  c.type !== 'complaint'
    ? '—'
    : c.currentStage === 0
      ? 'Early resolution'
      : `Stage ${c.currentStage}`;

/**
 * Every open case with its next clock on `today`, overdue first (most overdue first), then
 * due soon, on track, paused, and cases with no fixed timescale; each group by due date.
 * Computed once per snapshot and day; filtering is then a pass over these rows.
 */
export function selectOpenCaseRows(
  snapshot: Pick<Snapshot, 'cases' | 'stages' | 'settings'>,
  today: IsoDate,
  calendar: WorkingCalendar,
  policy: TimescalePolicy,
): TimelinessRow[] {
  const stagesByCase = new Map<string, Stage[]>();
  for (const { value: s } of snapshot.stages) {
    const list = stagesByCase.get(s.caseReference);
    if (list) list.push(s);
    else stagesByCase.set(s.caseReference, [s]);
  }
  const rows: TimelinessRow[] = [];
  for (const stored of snapshot.cases) {
    const c = stored.value;
    if (c.status !== 'open') continue;
    const clock = nextClockOf(
      c,
      stagesByCase.get(c.reference) ?? [],
      today,
      calendar,
      policy,
      snapshot.settings.childrenStage2ClockStart,
    );
    const status = clock?.reading.status;
    rows.push({
      stored,
      reference: c.reference,
      typeLabel: feedbackTypeLabels[c.type],
      procedure: c.procedure ?? 'none',
      procedureLabel: c.procedure ? procedureLabels[c.procedure] : '—',
      stage: c.currentStage,
      stageLabel: stageLabel(c),
      serviceArea: c.serviceArea ?? '',
      owner: c.owner?.name ?? '',
      nextEvent: clock?.label ?? 'No fixed timescale',
      due: clock?.reading.due,
      workingDaysLeft: clock?.reading.workingDaysLeft,
      status:
        status === 'overdue' ||
        status === 'due_soon' ||
        status === 'on_track' ||
        status === 'paused'
          ? status
          : 'none',
      safeguarding: safeguardingStateOf(c.safeguarding),
    });
  }
  return rows.sort(compareRows);
}

const statusOrder: Record<TimelinessRow['status'], number> = {
  overdue: 0,
  due_soon: 1,
  on_track: 2,
  paused: 3,
  none: 4,
};

function compareRows(a: TimelinessRow, b: TimelinessRow): number {
  return (
    statusOrder[a.status] - statusOrder[b.status] ||
    (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
    a.reference.localeCompare(b.reference)
  );
}

/** How many open cases are in each state: `{ overdue: 3, due_soon: 1, … }`. */
export function countByStatus(
  rows: readonly TimelinessRow[],
): Record<TimelinessRow['status'], number> {
  const counts = { overdue: 0, due_soon: 0, on_track: 0, paused: 0, none: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

/**
 * Open cases flagged for safeguarding with no referral recorded: the figure a manager must
 * never miss. `countNotReferred([{ safeguarding: 'not_referred' }, { safeguarding: 'referred' }])` → 1.
 */
export function countNotReferred(rows: readonly Pick<TimelinessRow, 'safeguarding'>[]): number {
  return rows.reduce((n, r) => (r.safeguarding === 'not_referred' ? n + 1 : n), 0);
}
