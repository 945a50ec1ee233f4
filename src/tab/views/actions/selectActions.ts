import type { Snapshot, Stored } from '../../../data/store';
import {
  actionKindLabels,
  actionStatusLabels,
  causeLabels,
  isOutstanding,
  isOverdue,
  learningLabels,
  type ActionStatus,
  type FeedbackCase,
  type LearningAction,
} from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';
import { joinWithAnd } from '../../../ui/common/joinWithAnd';

/** Which actions the tracker shows. */
export type ActionFilter = 'outstanding' | 'overdue' | 'done' | 'all';

export const actionFilterLabels: Record<ActionFilter, string> = {
  outstanding: 'Outstanding',
  overdue: 'Overdue',
  done: 'Done',
  all: 'All',
};

export interface ActionRow {
  readonly stored: Stored<LearningAction>;
  readonly id: string;
  readonly caseReference: string;
  readonly action: string;
  readonly owner: string;
  readonly due: IsoDate;
  readonly status: ActionStatus;
  readonly statusLabel: string;
  readonly overdue: boolean;
  readonly completed: IsoDate | undefined;
  readonly evidence: string;
  readonly kindLabel: string;
  readonly learningLabel: string;
}

/**
 * The tracker's rows: overdue first (oldest deadline first), then the other outstanding
 * actions by deadline, then done and cancelled ones, most recently completed first.
 * An action due today is not overdue; one due yesterday is.
 */
export function selectActionRows(
  actions: Snapshot['actions'],
  today: IsoDate,
  filter: ActionFilter,
  owner: string | undefined,
): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const stored of actions) {
    const a = stored.value;
    const overdue = isOverdue(a, today);
    if (filter === 'outstanding' && !isOutstanding(a.status)) continue;
    if (filter === 'overdue' && !overdue) continue;
    if (filter === 'done' && a.status !== 'done') continue;
    if (owner && a.owner !== owner) continue;
    rows.push({
      stored,
      id: a.id,
      caseReference: a.caseReference,
      action: a.action,
      owner: a.owner,
      due: a.due,
      status: a.status,
      statusLabel: overdue ? 'Overdue' : actionStatusLabels[a.status],
      overdue,
      completed: a.completed,
      evidence: a.evidence ?? '',
      kindLabel: actionKindLabels[a.kind],
      learningLabel: a.learning.map((l) => learningLabels[l]).join('; '),
    });
  }
  return rows.sort(compareRows);
}

function rank(row: ActionRow): number {
  if (row.overdue) return 0;
  if (isOutstanding(row.status)) return 1;
  return 2;
}

function compareRows(a: ActionRow, b: ActionRow): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  if (rank(a) === 2) return (b.completed ?? b.due).localeCompare(a.completed ?? a.due);
  return a.due.localeCompare(b.due) || a.id.localeCompare(b.id);
}

/** Owners of any action, sorted, for the owner filter. */
export function selectActionOwners(actions: Snapshot['actions']): string[] {
  return [...new Set(actions.map((a) => a.value.owner))].sort((a, b) => a.localeCompare(b));
}

/**
 * "You said, we did" lines for done actions, ready to paste into a report. They name the
 * service area and the causes of the complaint, never the complainant.
 *
 * A done training action on a Children in care complaint about communication →
 * `You said: communication from Children in care was not good enough. We did: Trained every
 * social worker in the team on keeping families informed (completed March 2026).`
 */
export function selectYouSaidWeDid(
  rows: readonly ActionRow[],
  casesByReference: ReadonlyMap<string, FeedbackCase>,
): string[] {
  return rows
    .filter((r) => r.status === 'done')
    .map((r) => {
      const c = casesByReference.get(r.caseReference);
      return `You said: ${youSaid(c)}. We did: ${withoutFullStop(r.action)}${completedText(r.completed)}.`;
    });
}

function youSaid(c: FeedbackCase | undefined): string {
  const area = c?.serviceArea ? ` from ${c.serviceArea}` : '';
  const causes = (c?.causes ?? []).map((cause) => causeLabels[cause].toLowerCase());
  if (causes.length === 0) return `the service${area} was not good enough`;
  return `${joinWithAnd(causes)}${area} ${causes.length === 1 ? 'was' : 'were'} not good enough`;
}

function withoutFullStop(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function completedText(completed: IsoDate | undefined): string {
  if (!completed) return '';
  const month = MONTHS[Number(completed.slice(5, 7)) - 1];
  return ` (completed ${month} ${completed.slice(0, 4)})`;
}

/** The CSV columns of the tracker export, matching the `actions.csv` import (CONTRACTS §2). */
export function actionRowsForCsv(rows: readonly ActionRow[]): Record<string, string>[] {
  return rows.map((r) => ({
    case_reference: r.caseReference,
    action: r.action,
    owner: r.owner,
    due: r.due,
    status: r.status,
    completed: r.completed ?? '',
    evidence: r.evidence,
    kind: r.stored.value.kind,
    learning: r.stored.value.learning.join(';'),
  }));
}
