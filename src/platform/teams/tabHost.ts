import type { Person } from '../../domain/records';
import type { CaseReference } from '../../domain/primitives/brand';

/**
 * What the Teams tab asks of whatever it runs inside: Microsoft Teams (teams-js) or the
 * standalone page of `npm start`. The views never touch `microsoftTeams` or `location`;
 * they read the user, the theme and the deep-linked case through this interface.
 */

/** Teams' own theme names: Fluent maps each to its Teams theme (see src/ui/theme). */
export type HostTheme = 'default' | 'dark' | 'contrast';

export const hostThemes: readonly HostTheme[] = ['default', 'dark', 'contrast'];

/** `toHostTheme('glass')` → `'default'`: Teams may add themes; unknown ones fall back to light. */
export function toHostTheme(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export type Unsubscribe = () => void;

/** The demo controls only the standalone host has: who is signed in, and which theme. */
export interface DemoControls {
  readonly users: readonly Person[];
  setUser(upn: string): void;
  setTheme(theme: HostTheme): void;
}

export interface TabHost {
  readonly kind: 'teams' | 'standalone';
  /** The signed-in person; `upn` decides who may sign off plans. */
  user(): Person;
  onUserChange(listener: (user: Person) => void): Unsubscribe;
  theme(): HostTheme;
  /** Called with every live theme change (Teams: `app.registerOnThemeChangeHandler`). */
  onThemeChange(listener: (theme: HostTheme) => void): Unsubscribe;
  /** The case the tab was opened on by a deep link, if any. */
  linkedCase(): CaseReference | undefined;
  /** Called when a deep link to another case arrives while the tab is open. */
  onLinkedCaseChange(listener: (reference: CaseReference | undefined) => void): Unsubscribe;
  /**
   * Records the case on screen so a reload or a shared link opens it again. Carries the
   * case reference only, never a name or any other personal data.
   */
  showCase(reference: CaseReference | undefined): void;
  /**
   * Offers a link to the case (reference only) for the user to share: Teams shows its own
   * share dialog; the standalone host returns the page address to copy.
   */
  shareCase(reference: CaseReference): Promise<{ readonly url?: string }>;
  /** Present on the standalone host only. */
  readonly demo?: DemoControls;
}

/**
 * A case reference as a deep link may carry it: letters, digits and dashes only, so a link
 * can never smuggle text into the page. `parseCaseLink('CSC-2025-0042')` → the reference;
 * `parseCaseLink('<b>')` → undefined.
 */
export function parseCaseLink(value: string | null | undefined): CaseReference | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(trimmed) ? (trimmed as CaseReference) : undefined;
}

/** A tiny listener set shared by the host implementations. */
export function listeners<T>(): {
  add(listener: (value: T) => void): Unsubscribe;
  emit(value: T): void;
} {
  const set = new Set<(value: T) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(value) {
      for (const listener of set) listener(value);
    },
  };
}
