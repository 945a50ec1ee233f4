import { applyPermissionPlan, permissionPlan } from '../provision/permissionPlan';
import { createSharePointRest } from '../sharepoint/restClient';
import { addDemoMembers } from './demoMembers';
import { demoUsers } from './demoPeople';

/** The demo people as the emulator's directory (`startEmulator({ directory })`). */
export const demoDirectory = demoUsers.map(({ upn, name }) => ({ upn, displayName: name }));

/**
 * The demo site's groups and list permissions, as `provision --apply-permissions` makes them,
 * with the demo people in their groups: from then on the emulator checks every write by a
 * named person. `webUrl` is the emulator's origin (its root site); `getAccessToken` a
 * SharePoint token of the administrator in strict mode.
 */
export async function setUpDemoPermissions(
  webUrl: string,
  getAccessToken?: (webUrl: string) => Promise<string>,
): Promise<void> {
  const rest = createSharePointRest({ webUrl, ...(getAccessToken ? { getAccessToken } : {}) });
  await applyPermissionPlan(rest, permissionPlan());
  await addDemoMembers(rest);
}
