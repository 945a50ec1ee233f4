import { useEffect, useState } from 'react';
import type { SiteRolesInfo } from '../../data/store';
import type { PlanRights } from '../../domain/plans/planSteps';
import { useSignedInUser, useTabEnvironment } from '../TabContext';

/**
 * What the signed-in person's SharePoint groups let them do, as far as the page can tell:
 * `undefined` until read, or when they cannot be read (then every step is offered and
 * SharePoint decides). Read again when the person changes (the standalone picker).
 */
export function rightsOf(roles: SiteRolesInfo | undefined): PlanRights {
  const mine = roles?.mine;
  if (!mine) return { mayEdit: undefined, maySignOff: undefined };
  return {
    mayEdit: mine.includes('officers') || mine.includes('managers'),
    maySignOff: mine.includes('headsOfService'),
  };
}

export function useSiteRoles(): SiteRolesInfo | undefined {
  const { store } = useTabEnvironment();
  const user = useSignedInUser();
  const [roles, setRoles] = useState<{ upn: string | undefined; info: SiteRolesInfo }>();
  useEffect(() => {
    let current = true;
    void store.siteRoles().then((result) => {
      if (current && result.ok) setRoles({ upn: user.upn, info: result.value });
    });
    return () => {
      current = false;
    };
  }, [store, user.upn]);
  return roles && roles.upn === user.upn ? roles.info : undefined;
}
