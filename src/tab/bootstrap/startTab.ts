import { createGraphClient } from '../../data/graph';
import { createGraphStore } from '../../data/graphStore/createGraphStore';
import type { FeedbackStore } from '../../data/store';
import type { Person } from '../../domain/records';
import { graphTokenCallback } from '../../platform/auth/accessTokenProvider';
import { createDevTokenProvider } from '../../platform/auth/devTokenProvider';
import type { AppConfig } from '../../platform/config';
import { createStandaloneTabHost } from '../../platform/standalone/tabHost';
import type { TabHost } from '../../platform/teams/tabHost';
import { isFramedByTeams, loadTeamsTabHost } from '../../platform/teams/teamsTabHost';

export type StartResult =
  | { readonly ok: true; readonly host: TabHost; readonly store: FeedbackStore }
  | { readonly ok: false; readonly message: string };

/**
 * Chooses the host (Teams when framed by a Teams client, otherwise the standalone page), and
 * builds the Graph store the configuration points at. teams-js is initialised only in Teams.
 */
export async function startTab(
  config: AppConfig,
  users: readonly Person[],
  pageUrl: string,
): Promise<StartResult> {
  const inTeams = isFramedByTeams();
  const host = inTeams ? await loadTeamsTabHost() : createStandaloneTabHost({ users });
  if (config.mode === 'tenant' && !inTeams)
    return {
      ok: false,
      message:
        'Open Feedback Desk from its tab in Microsoft Teams: outside Teams it runs only against the local emulator.',
    };
  const getAccessToken =
    config.mode === 'tenant'
      ? // MSAL is loaded only for a tenant: the emulator demo never downloads it.
        graphTokenCallback(
          await (
            await import('../../platform/auth/createTenantTokenProvider')
          ).createTenantTokenProvider(config, { pageUrl }),
        )
      : config.devTokenUrl
        ? graphTokenCallback(createDevTokenProvider({ tokenUrl: config.devTokenUrl }))
        : undefined;
  const client = createGraphClient({
    baseUrl: config.graphBaseUrl,
    ...(getAccessToken ? { getAccessToken } : {}),
    ...(config.mode === 'tenant' ? { organisation: config.organisation } : {}),
  });
  return { ok: true, host, store: createGraphStore(client, { siteId: config.siteId }) };
}
