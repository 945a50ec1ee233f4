import { keptFiguresIn, openKeptScope, type BrowserFiguresCache } from '../../data/browserCache';
import type { FeedbackStore } from '../../data/store';
import type { SessionStore } from '../../platform/auth/session';
import { createSignIn } from '../../platform/auth/signInSession';
import type { AppConfig } from '../../platform/config';
import { createStandaloneTabHost } from '../../platform/standalone/tabHost';
import type { TabHost } from '../../platform/teams/tabHost';
import { isFramedByTeams, loadTeamsTabHost } from '../../platform/teams/teamsTabHost';
import { lazyStore } from './lazyStore';

export type StartResult =
  | {
      readonly ok: true;
      readonly host: TabHost;
      /** The Graph store; its calls wait for `loadStore`. */
      readonly store: FeedbackStore;
      /** Fetches (if the page's preload has not) and evaluates the store's code, and makes it. */
      readonly loadStore: () => Promise<void>;
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
 * config.json's `demoUsers`), and the sign-in session; the Graph store the configuration points
 * at comes over that session from its own chunk (`connectStore.ts`), when `loadStore` asks.
 * teams-js is initialised only in Teams, and before MSAL.
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
    const signIn = await createSignIn(config, { pageUrl }, demo);
    // What the tab keeps between visits, per site and person (src/data/browserCache): the
    // Graph address is part of the site, as every emulator's site is `root`.
    const kept = openKeptScope({
      siteId: `${config.graphBaseUrl} ${config.siteId}`,
      user: () => host.user().upn,
    });
    let sent: () => void = () => undefined;
    const firstRequestSent = new Promise<void>((resolve) => (sent = resolve));
    const { store, load } = lazyStore(async () => {
      const { connectStore } = await import(/* webpackChunkName: "tab-store" */ './connectStore');
      return connectStore({ config, signIn, demo, kept, onSend: () => sent() });
    });
    return {
      ok: true,
      host,
      store,
      loadStore: load,
      session: signIn.session,
      keptFigures: keptFiguresIn(kept),
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
