import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import type { Person } from '../../../domain/records';
import type { IsoDate } from '../../../domain/primitives/brand';
import { selectPlanDetail, selectPlanRows } from './selectPlans';

/** The Action plans view's state: the list, and the plan that is open with what this user may do. */
export function usePlans(snapshot: Snapshot, user: Person, today: IsoDate) {
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const rows = useMemo(() => selectPlanRows(snapshot.plans, today), [snapshot.plans, today]);
  const open = useMemo(
    () => snapshot.plans.find((p) => p.value.id === openId),
    [snapshot.plans, openId],
  );
  const detail = useMemo(
    () =>
      open
        ? selectPlanDetail(open.value, user, snapshot.settings.headsOfService, snapshot.actions)
        : undefined,
    [open, user, snapshot.settings.headsOfService, snapshot.actions],
  );
  const awaiting = useMemo(
    () => rows.filter((r) => r.state === 'submitted' || r.state === 'completed').length,
    [rows],
  );
  return { rows, open, detail, openId, setOpenId, awaiting };
}
