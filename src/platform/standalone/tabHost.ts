import type { Person } from '../../domain/records';
import type { CaseReference } from '../../domain/primitives/brand';
import {
  hostThemes,
  listeners,
  parseCaseLink,
  type HostTheme,
  type TabHost,
} from '../teams/tabHost';

/**
 * The tab's host on the standalone page of `npm start` and the tests: who is signed in comes
 * from a "Signed in as" picker over the configured demo users, the theme from a switcher, and
 * a deep link to a case is the URL hash `#case=CSC-2025-0042` (the reference only).
 *
 * Choices last for the browser tab's session. Only the position of the demo user in the list
 * and the theme name are kept, never a name or sign-in address.
 */
export interface StandaloneTabHostOptions {
  /** From `config.json` `demoUsers`; signed in until another is picked: `first`, else the first. */
  readonly users: readonly Person[];
  /** The upn of the user signed in at first (`config.json` `demoTabUser`). */
  readonly first?: string | undefined;
  readonly window?: Window;
}

const USER_KEY = 'feedback-desk.tab.demoUser';
const THEME_KEY = 'feedback-desk.tab.theme';

const FALLBACK_USER: Person = { name: 'Demo user', upn: 'demo.user@example.gov.uk' };

/** `caseFromHash('#case=CSC-2025-0042')` → `'CSC-2025-0042'`; anything else → undefined. */
export function caseFromHash(hash: string): CaseReference | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return parseCaseLink(params.get('case'));
}

/** `hashForCase('CSC-2025-0042')` → `'#case=CSC-2025-0042'`; no case → `''`. */
export function hashForCase(reference: CaseReference | undefined): string {
  return reference ? `#case=${encodeURIComponent(reference)}` : '';
}

export function createStandaloneTabHost(options: StandaloneTabHostOptions): TabHost {
  const win = options.window ?? globalThis.window;
  const users = options.users.length > 0 ? options.users : [FALLBACK_USER];
  const storage = sessionStorageOf(win);

  const firstIndex = Math.max(
    0,
    users.findIndex((u) => u.upn === options.first),
  );
  const storedIndex = Number(storage?.getItem(USER_KEY) ?? String(firstIndex));
  let user: Person = users[Number.isInteger(storedIndex) ? storedIndex : 0] ?? users[0]!;
  const storedTheme = storage?.getItem(THEME_KEY);
  let theme: HostTheme = hostThemes.find((t) => t === storedTheme) ?? preferredTheme(win);

  const userListeners = listeners<Person>();
  const themeListeners = listeners<HostTheme>();
  const caseListeners = listeners<CaseReference | undefined>();
  win.addEventListener('hashchange', () => caseListeners.emit(caseFromHash(win.location.hash)));

  return {
    kind: 'standalone',
    user: () => user,
    onUserChange: userListeners.add,
    theme: () => theme,
    onThemeChange: themeListeners.add,
    linkedCase: () => caseFromHash(win.location.hash),
    onLinkedCaseChange: caseListeners.add,
    showCase(reference) {
      const url = new URL(win.location.href);
      url.hash = hashForCase(reference);
      // replaceState: opening cases should not fill the back button's history.
      win.history.replaceState(win.history.state, '', url.toString());
    },
    async shareCase(reference) {
      const url = new URL(win.location.href);
      url.hash = hashForCase(reference);
      return { url: url.toString() };
    },
    demo: {
      users,
      setUser(upn) {
        const index = users.findIndex((u) => u.upn === upn);
        if (index < 0) return;
        user = users[index]!;
        storage?.setItem(USER_KEY, String(index));
        userListeners.emit(user);
      },
      setTheme(next) {
        theme = next;
        storage?.setItem(THEME_KEY, next);
        themeListeners.emit(next);
      },
    },
  };
}

/** Follows the system: forced colours → high contrast; a dark preference → dark. */
function preferredTheme(win: Window): HostTheme {
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  if (win.matchMedia?.('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'default';
}

function sessionStorageOf(win: Window): Storage | undefined {
  try {
    return win.sessionStorage;
  } catch {
    return undefined; // storage blocked: choices last until the page is reloaded
  }
}
