import { describe, expect, it } from 'vitest';
import {
  caseFromHash,
  createStandaloneTabHost,
  hashForCase,
} from '../../../../src/platform/standalone/tabHost';
import { parseCaseLink, toHostTheme } from '../../../../src/platform/teams/tabHost';
import {
  createTeamsTabHost,
  personFromContext,
  type TeamsContext,
  type TeamsSdk,
} from '../../../../src/platform/teams/teamsTabHost';

function fakeTeams(context: TeamsContext) {
  let themeHandler: ((theme: string) => void) | undefined;
  const shared: unknown[] = [];
  const calls: string[] = [];
  const sdk: TeamsSdk = {
    app: {
      initialize: async () => void calls.push('initialize'),
      getContext: async () => (calls.push('getContext'), context),
      registerOnThemeChangeHandler: (h) => void (themeHandler = h),
      notifySuccess: async () => calls.push('notifySuccess'),
    },
    pages: { shareDeepLink: (p) => void shared.push(p) },
  };
  return { sdk, calls, shared, changeTheme: (t: string) => themeHandler?.(t) };
}

describe('the Teams host', () => {
  it('initialises teams-js before reading the context, and reads the user and deep link from it', async () => {
    const teams = fakeTeams({
      app: { theme: 'dark' },
      page: { subPageId: 'CSC-2025-0042' },
      user: { displayName: 'Grace Okafor', userPrincipalName: 'grace.okafor@example.gov.uk' },
    });
    const host = await createTeamsTabHost(teams.sdk);
    expect(teams.calls.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(host.kind).toBe('teams');
    expect(host.user()).toEqual({ name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' });
    expect(host.theme()).toBe('dark');
    expect(host.linkedCase()).toBe('CSC-2025-0042');
    expect(host.demo).toBeUndefined();
  });

  it('follows Teams theme changes live', async () => {
    const teams = fakeTeams({ app: { theme: 'default' }, page: {} });
    const host = await createTeamsTabHost(teams.sdk);
    const seen: string[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));
    teams.changeTheme('contrast');
    teams.changeTheme('glass');
    stop();
    teams.changeTheme('dark');
    expect(seen).toEqual(['contrast', 'default']);
    expect(host.theme()).toBe('dark');
  });

  it('shares a deep link carrying the case reference only', async () => {
    const teams = fakeTeams({ app: { theme: 'default' }, page: {} });
    const host = await createTeamsTabHost(teams.sdk);
    await host.shareCase('CSC-2025-0042' as never);
    expect(teams.shared).toEqual([{ subPageId: 'CSC-2025-0042', subPageLabel: 'CSC-2025-0042' }]);
  });

  it('ignores a deep link that is not a case reference', async () => {
    const teams = fakeTeams({ app: { theme: 'default' }, page: { subPageId: '<img src=x>' } });
    expect((await createTeamsTabHost(teams.sdk)).linkedCase()).toBeUndefined();
  });

  it('falls back on the sign-in name when Teams gives no display name', () => {
    expect(personFromContext({ user: { userPrincipalName: 'a@x.gov.uk' } })).toEqual({
      name: 'a@x.gov.uk',
      upn: 'a@x.gov.uk',
    });
  });
});

describe('theme names and case links', () => {
  it('maps unknown Teams themes to the light theme', () => {
    expect(['default', 'dark', 'contrast', 'glass', undefined].map((t) => toHostTheme(t))).toEqual([
      'default',
      'dark',
      'contrast',
      'default',
      'default',
    ]);
  });

  it('accepts references and nothing else', () => {
    expect(parseCaseLink(' CORP-2026-0001 ')).toBe('CORP-2026-0001');
    expect(parseCaseLink('a b')).toBeUndefined();
    expect(parseCaseLink('')).toBeUndefined();
    expect(hashForCase('CSC-1' as never)).toBe('#case=CSC-1');
    expect(caseFromHash('#case=CSC-1')).toBe('CSC-1');
    expect(caseFromHash('#case=%3Cscript%3E')).toBeUndefined();
  });
});

/** Just enough of a browser window for the standalone host. */
function fakeWindow(href: string) {
  const store = new Map<string, string>();
  const listeners: Array<() => void> = [];
  const win = {
    location: {
      href,
      get hash() {
        return new URL(win.location.href).hash;
      },
    },
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => void (win.location.href = url),
    },
    addEventListener: (_type: string, listener: () => void) => void listeners.push(listener),
    sessionStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    },
    matchMedia: () => ({ matches: false }),
  };
  return {
    win: win as unknown as Window,
    store,
    fireHashChange: () => listeners.forEach((l) => l()),
  };
}

const users = [
  { name: 'Tom Whitfield', upn: 'tom.whitfield@example.gov.uk' },
  { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' },
];

describe('the standalone host', () => {
  it('signs in the first demo user and switches on request, keeping only the position', () => {
    const { win, store } = fakeWindow('http://localhost/tab.html');
    const host = createStandaloneTabHost({ users, window: win });
    expect(host.user()).toEqual(users[0]);
    const seen: string[] = [];
    host.onUserChange((u) => seen.push(u.name));
    host.demo?.setUser('grace.okafor@example.gov.uk');
    expect(host.user()).toEqual(users[1]);
    expect(seen).toEqual(['Grace Okafor']);
    expect([...store.values()]).toEqual(['1']);
    // A new page in the same session remembers the choice.
    expect(createStandaloneTabHost({ users, window: win }).user()).toEqual(users[1]);
  });

  it('signs in the configured demo user at first (the demo’s complaints manager), an unknown one falls back to the first', () => {
    const first = createStandaloneTabHost({
      users,
      first: 'grace.okafor@example.gov.uk',
      window: fakeWindow('http://localhost/tab.html').win,
    });
    expect(first.user()).toEqual(users[1]);
    const unknown = createStandaloneTabHost({
      users,
      first: 'nobody@example.gov.uk',
      window: fakeWindow('http://localhost/tab.html').win,
    });
    expect(unknown.user()).toEqual(users[0]);
    // A choice made in this session wins over the configured first user.
    const { win } = fakeWindow('http://localhost/tab.html');
    createStandaloneTabHost({ users, window: win }).demo?.setUser('tom.whitfield@example.gov.uk');
    expect(
      createStandaloneTabHost({ users, first: 'grace.okafor@example.gov.uk', window: win }).user(),
    ).toEqual(users[0]);
  });

  it('switches theme live', () => {
    const { win } = fakeWindow('http://localhost/tab.html');
    const host = createStandaloneTabHost({ users, window: win });
    const seen: string[] = [];
    host.onThemeChange((t) => seen.push(t));
    host.demo?.setTheme('contrast');
    expect(host.theme()).toBe('contrast');
    expect(seen).toEqual(['contrast']);
  });

  it('keeps the open case in the URL hash as its reference only', async () => {
    const { win, fireHashChange } = fakeWindow('http://localhost/tab.html#case=CSC-2025-0001');
    const host = createStandaloneTabHost({ users, window: win });
    expect(host.linkedCase()).toBe('CSC-2025-0001');
    host.showCase('CSC-2025-0002' as never);
    expect(win.location.href).toBe('http://localhost/tab.html#case=CSC-2025-0002');
    expect(await host.shareCase('CSC-2025-0003' as never)).toEqual({
      url: 'http://localhost/tab.html#case=CSC-2025-0003',
    });
    const seen: unknown[] = [];
    host.onLinkedCaseChange((r) => seen.push(r));
    fireHashChange();
    expect(seen).toEqual(['CSC-2025-0002']);
    host.showCase(undefined);
    expect(win.location.href).toBe('http://localhost/tab.html');
  });
});
