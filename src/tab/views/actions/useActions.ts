import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import type { FeedbackCase } from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';
import {
  selectActionOwners,
  selectActionRows,
  selectYouSaidWeDid,
  type ActionFilter,
} from './selectActions';

export const ACTIONS_PAGE_SIZE = 25;

/** The Actions view's state: filters, the rows they show and the "you said, we did" lines. */
export function useActions(snapshot: Snapshot, today: IsoDate) {
  const [filter, setFilter] = useState<ActionFilter>('outstanding');
  const [owner, setOwner] = useState<string>('');

  const rows = useMemo(
    () => selectActionRows(snapshot.actions, today, filter, owner || undefined),
    [snapshot.actions, today, filter, owner],
  );
  const owners = useMemo(() => selectActionOwners(snapshot.actions), [snapshot.actions]);
  const casesByReference = useMemo(
    () => new Map<string, FeedbackCase>(snapshot.cases.map((c) => [c.value.reference, c.value])),
    [snapshot.cases],
  );
  const allDone = useMemo(
    () => selectActionRows(snapshot.actions, today, 'done', owner || undefined),
    [snapshot.actions, today, owner],
  );
  const youSaidWeDid = useMemo(
    () => selectYouSaidWeDid(allDone, casesByReference),
    [allDone, casesByReference],
  );
  const overdueCount = useMemo(
    () => selectActionRows(snapshot.actions, today, 'overdue', undefined).length,
    [snapshot.actions, today],
  );

  return {
    filter,
    setFilter,
    owner,
    setOwner,
    owners,
    rows,
    youSaidWeDid,
    overdueCount,
  };
}
