import { useMemo, useState } from 'react';
import type { Snapshot, SiteRolesInfo } from '../../../data/store';
import type { IsoDate } from '../../../domain/primitives/brand';
import { rightsOf } from '../../data/useSiteRoles';
import { selectPlanDetail, selectPlanRows, signOffsOf } from './selectPlans';

/**
 * The Action plans view's state: the list (states derived from the sign-offs), and the plan
 * that is open with what this person's groups let them do.
 */
export function usePlans(snapshot: Snapshot, roles: SiteRolesInfo | undefined, today: IsoDate) {
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const signOffs = useMemo(() => signOffsOf(snapshot), [snapshot]);
  const rows = useMemo(
    () => selectPlanRows(snapshot.plans, signOffs, today),
    [snapshot.plans, signOffs, today],
  );
  const open = useMemo(
    () => snapshot.plans.find((p) => p.value.id === openId),
    [snapshot.plans, openId],
  );
  const detail = useMemo(
    () =>
      open
        ? selectPlanDetail(
            open.value,
            signOffs.get(open.value.id) ?? [],
            rightsOf(roles),
            roles?.headsOfService,
            snapshot.actions,
          )
        : undefined,
    [open, signOffs, roles, snapshot.actions],
  );
  const awaiting = useMemo(
    () => rows.filter((r) => r.state === 'submitted' || r.state === 'completed').length,
    [rows],
  );
  return { rows, open, detail, openId, setOpenId, awaiting };
}
