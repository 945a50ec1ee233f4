import { createIndexedDbListCache, type BrowserFiguresCache } from '../../data/browserCache';
import { createGraphStore } from '../../data/graphStore/createGraphStore';
import type { FeedbackStore } from '../../data/store';
import type { SessionStore } from '../../platform/auth/session';
import { createSignedInGraph, signedInSharePoint } from '../../platform/auth/signedInGraph';
import { defaultRoleGroups } from '../../data/lists/siteRoles';
import type { AppConfig } from '../../platform/config';
import { createStandaloneTabHost } from '../../platform/standalone/tabHost';
import type { TabHost } from '../../platform/teams/tabHost';
import { isFramedByTeams, loadTeamsTabHost } from '../../platform/teams/teamsTabHost';

export type StartResult =
  | {
      readonly ok: true;
      readonly host: TabHost;
      readonly store: FeedbackStore;
      /** The sign-in session; absent against the emulator without `devTokenUrl`. */
      readonly session: SessionStore | undefined;
      /** The Overview's figures kept beside the lists the store keeps, per site and person. */
      readonly keptFigures: BrowserFiguresCache;
      /** Resolves as the page's first Graph request leaves. */
      readonly firstRequestSent: Promise<void>;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Chooses the host (Teams when framed by a Teams client, otherwise the standalone page with
 * config.json's `demoUsers`), and builds the Graph store the configuration points at, over
 * the sign-in session. teams-js is initialised only in Teams, and before MSAL.
 */
export async function startTab(config: AppConfig, pageUrl: string): Promise<StartResult> {
  const inTeams = isFramedByTeams();
  if (config.mode === 'tenant' && !inTeams)
    return {
      ok: false,
      message:
        'Open Feedback Desk from its tab in Microsoft Teams: outside Teams it runs only against the local emulator.',
    };
  const users =
    config.mode === 'emulator' ? config.demoUsers.map(({ name, upn }) => ({ name, upn })) : [];
  const host = inTeams
    ? await loadTeamsTabHost()
    : createStandaloneTabHost({
        users,
        first: config.mode === 'emulator' ? config.demoTabUser : undefined,
      });
  try {
    // On the standalone page the demo person picked is who the emulator sees (a header for the
    // plain emulator, their token in strict mode), so SharePoint stamps and checks them.
    const demo =
      config.mode === 'emulator' && host.kind === 'standalone' && config.demoUsers.length > 0
        ? { upn: () => host.user().upn }
        : undefined;
    let sent: () => void = () => undefined;
    const firstRequestSent = new Promise<void>((resolve) => (sent = resolve));
    const graph = await createSignedInGraph(config, { pageUrl }, demo, () => sent());
    // The Overview's lists kept between visits, per site and person (src/data/browserCache):
    // the Graph address is part of the site, as every emulator's site is `root`.
    const browserCache = createIndexedDbListCache({
      siteId: `${config.graphBaseUrl} ${config.siteId}`,
      user: () => host.user().upn,
    });
    return {
      ok: true,
      host,
      store: createGraphStore(graph.client, {
        siteId: config.siteId,
        sharePoint: signedInSharePoint(config, graph, demo),
        roleGroups: {
          officers: config.groups?.officers ?? defaultRoleGroups.officers,
          managers: config.groups?.managers ?? defaultRoleGroups.managers,
          headsOfService: config.groups?.headsOfService ?? defaultRoleGroups.headsOfService,
        },
        browserCache,
      }),
      session: graph.session,
      keptFigures: browserCache,
      firstRequestSent,
    };
  } catch {
    return {
      ok: false,
      message:
        'Sign-in could not be set up on this page. Reload the tab; if it keeps happening, tell your administrator.',
    };
  }
}
