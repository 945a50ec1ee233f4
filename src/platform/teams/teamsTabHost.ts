import type { Person } from '../../domain/records';
import type { CaseReference } from '../../domain/primitives/brand';
import { listeners, parseCaseLink, toHostTheme, type TabHost } from './tabHost';

/**
 * The part of `@microsoft/teams-js` the tab uses. Taking it as a parameter keeps the adapter
 * thin and testable: the real module satisfies it, and tests pass a fake.
 */
export interface TeamsSdk {
  readonly app: {
    initialize(): Promise<void>;
    getContext(): Promise<TeamsContext>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess(): Promise<unknown>;
  };
  readonly pages: {
    shareDeepLink(parameters: { subPageId: string; subPageLabel: string }): void;
  };
}

/** The fields of `app.Context` the tab reads. */
export interface TeamsContext {
  readonly app: { readonly theme: string };
  readonly page: { readonly subPageId?: string };
  readonly user?: { readonly displayName?: string; readonly userPrincipalName?: string };
}

/**
 * Is this page running inside a Teams client? Teams on the web and desktop frames the tab in
 * an iframe; Teams mobile runs it in a web view with a native bridge.
 */
export function isFramedByTeams(win: Window = globalThis.window): boolean {
  try {
    if (win.self !== win.top) return true;
  } catch {
    return true; // a cross-origin parent: framed
  }
  return 'nativeInterface' in win;
}

/** `personFromContext({ user: { userPrincipalName: 'a@x.gov.uk' } })` → `{ name: 'a@x.gov.uk', upn: 'a@x.gov.uk' }`. */
export function personFromContext(context: Pick<TeamsContext, 'user'>): Person {
  const upn = context.user?.userPrincipalName?.trim() || undefined;
  const name = context.user?.displayName?.trim() || upn || 'Signed-in user';
  return upn ? { name, upn } : { name };
}

/**
 * Initialises teams-js and adapts it. The theme follows Teams live; the deep-linked case is the
 * `subPageId` of the tab's context (set by a shared deep link). Teams keeps the deep-link
 * context itself, so `showCase` changes nothing there.
 */
export async function createTeamsTabHost(sdk: TeamsSdk): Promise<TabHost> {
  await sdk.app.initialize();
  const context = await sdk.app.getContext();
  const user = personFromContext(context);
  let theme = toHostTheme(context.app.theme);
  const themeListeners = listeners<ReturnType<typeof toHostTheme>>();
  sdk.app.registerOnThemeChangeHandler((next) => {
    theme = toHostTheme(next);
    themeListeners.emit(theme);
  });
  const linked = parseCaseLink(context.page.subPageId);
  void sdk.app.notifySuccess();
  return {
    kind: 'teams',
    user: () => user,
    onUserChange: () => () => undefined,
    theme: () => theme,
    onThemeChange: themeListeners.add,
    linkedCase: () => linked,
    onLinkedCaseChange: () => () => undefined,
    showCase: () => undefined,
    shareCase: async (reference: CaseReference) => {
      sdk.pages.shareDeepLink({ subPageId: reference, subPageLabel: reference });
      return {};
    },
  };
}

/** Loads teams-js only when it is needed, so the standalone page never downloads it. */
export async function loadTeamsTabHost(): Promise<TabHost> {
  const teams = await import('@microsoft/teams-js');
  return createTeamsTabHost({ app: teams.app, pages: teams.pages });
}
