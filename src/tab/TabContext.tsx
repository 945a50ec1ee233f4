import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FeedbackStore } from '../data/store';
import type { Person } from '../domain/records';
import type { IsoDate } from '../domain/primitives/brand';
import type { SessionStore } from '../platform/auth/session';
import type { HostTheme, TabHost } from '../platform/teams/tabHost';
import type { TabData, TabDataState } from './data/tabData';

/** What every view of the tab may use: the store, the shared data, the host and today's date. */
export interface TabEnvironment {
  readonly store: FeedbackStore;
  readonly data: TabData;
  readonly host: TabHost;
  /** The date the views compute against (the tab's clock, passed to the domain). */
  readonly today: IsoDate;
  /** The sign-in session behind the store; absent when no token is needed (plain emulator). */
  readonly session?: SessionStore | undefined;
}

const TabContext = createContext<TabEnvironment | undefined>(undefined);

export const TabEnvironmentProvider = TabContext.Provider;

export function useTabEnvironment(): TabEnvironment {
  const environment = useContext(TabContext);
  if (!environment) throw new Error('useTabEnvironment needs a TabEnvironmentProvider above it');
  return environment;
}

/** The shared data state; re-renders when a load finishes or a save is folded in. */
export function useTabData(): TabDataState {
  const { data } = useTabEnvironment();
  return useSyncExternalStore(data.subscribe, data.getState);
}

/** The signed-in person, following the standalone "Signed in as" picker. */
export function useSignedInUser(): Person {
  const { host } = useTabEnvironment();
  return useSyncExternalStore(host.onUserChange, host.user);
}

/** The host's theme, live. */
export function useHostTheme(host: TabHost): HostTheme {
  return useSyncExternalStore(host.onThemeChange, host.theme);
}
