import type { Snapshot, SnapshotPart } from '../../../data/store';
import { joinWithAnd } from '../../../ui/common/joinWithAnd';
import { formatMoney } from '../../../domain/format';
import {
  actionStatusLabels,
  costTypeLabels,
  ombudsmanDecisionLabels,
  outcomeLabels,
  pauseReasonLabels,
  type Stage,
} from '../../../domain/records';

/** What kind of thing happened, for grouping and an icon-free label on screen. */
export type TimelineKind =
  'stage' | 'correspondence' | 'pause' | 'extension' | 'action' | 'cost' | 'ombudsman';

export const timelineKindLabels: Record<TimelineKind, string> = {
  stage: 'Stage',
  correspondence: 'Correspondence',
  pause: 'Pause',
  extension: 'Extension',
  action: 'Action',
  cost: 'Cost',
  ombudsman: 'Ombudsman',
};

export interface TimelineEntry {
  /** `YYYY-MM-DD` (correspondence keeps its time for ordering within a day). */
  readonly at: string;
  readonly kind: TimelineKind;
  readonly text: string;
}

const stageName = (s: Stage) => (s.number === 0 ? 'Early resolution' : `Stage ${s.number}`);
/** A case's own costs keep their pence: `£1,250.50`. */
const money = (pounds: number) => formatMoney(pounds, { pence: true });

/**
 * Everything recorded on a case, oldest first: its stages and their events, correspondence,
 * pauses, extensions, learning actions, costs and Ombudsman decisions.
 * A Stage 1 received 2026-01-05 and acknowledged 2026-01-07 gives
 * `[{ at: '2026-01-05', kind: 'stage', text: 'Stage 1 received' },
 *   { at: '2026-01-07', kind: 'stage', text: 'Stage 1 acknowledged' }]`.
 */
export function selectCaseTimeline(snapshot: Snapshot, reference: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const add = (at: string | undefined, kind: TimelineKind, text: string) => {
    if (at) entries.push({ at, kind, text });
  };
  for (const { value: s } of snapshot.stages) {
    if (s.caseReference !== reference) continue;
    const name = stageName(s);
    add(s.requested, 'stage', s.number <= 1 ? `${name} received` : `${name} requested`);
    add(s.started, 'stage', `${name}: statement of complaint agreed`);
    add(s.acknowledged, 'stage', `${name} acknowledged`);
    add(s.panelMet, 'stage', 'Review panel met');
    add(s.panelReport, 'stage', 'Panel report received');
    add(
      s.responded,
      'stage',
      `${name} response sent${s.outcome ? `: ${outcomeLabels[s.outcome].toLowerCase()}` : ''}`,
    );
    if (s.extension)
      add(s.extension.agreedOn, 'extension', `${name} extension agreed: ${s.extension.reason}`);
    for (const p of s.pauses) {
      const reason = pauseReasonLabels[p.reason];
      if (p.from) add(p.from, 'pause', `${name} paused (${reason})${p.note ? `: ${p.note}` : ''}`);
      if (p.to) add(p.to, 'pause', `${name} pause ended`);
      if (!p.from && p.workingDays !== undefined)
        add(s.requested, 'pause', `${name} paused for ${p.workingDays} working days (${reason})`);
    }
  }
  for (const { value: m } of snapshot.correspondence) {
    if (m.caseReference !== reference) continue;
    const direction = m.direction === 'incoming' ? 'Received' : 'Sent';
    add(m.at, 'correspondence', `${direction} ${m.channel}${m.subject ? `: ${m.subject}` : ''}`);
  }
  for (const { value: a } of snapshot.actions) {
    if (a.caseReference !== reference) continue;
    add(a.due, 'action', `Action due (${actionStatusLabels[a.status].toLowerCase()}): ${a.action}`);
    add(a.completed, 'action', `Action done: ${a.action}`);
  }
  for (const { value: c } of snapshot.costs) {
    if (c.caseReference !== reference) continue;
    add(c.date, 'cost', `${costTypeLabels[c.type]}: ${money(c.amount)}`);
  }
  for (const { value: o } of snapshot.ombudsman) {
    if (o.caseReference !== reference) continue;
    add(o.received, 'ombudsman', `Ombudsman enquiry ${o.reference} received`);
    if (o.decided)
      add(
        o.decided,
        'ombudsman',
        `Ombudsman decision: ${o.decision ? ombudsmanDecisionLabels[o.decision] : 'recorded'}${o.remedyAmount > 0 ? `, remedy ${money(o.remedyAmount)}` : ''}`,
      );
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

const timelinePartNames: Partial<Record<SnapshotPart, string>> = {
  // Only the recent stages are in at first (the Timeliness view shows from them).
  stages: 'earlier stages',
  correspondence: 'correspondence',
  actions: 'learning actions',
  costs: 'costs',
  ombudsman: 'Ombudsman decisions',
};

/**
 * What a timeline cannot show yet because its lists are still loading (the tab reads them
 * after the first view), worded for the user: `'correspondence and costs'`, or undefined.
 */
export function timelinePartsLoading(snapshot: Snapshot): string | undefined {
  const names = (snapshot.unloaded ?? []).flatMap((part) => timelinePartNames[part] ?? []);
  return names.length === 0 ? undefined : joinWithAnd(names);
}
