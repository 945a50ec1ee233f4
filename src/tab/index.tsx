// First, so config.json is on its way while the rest of the code is evaluated.
import { fetchWithEarlyConfig } from '../platform/earlyConfig';
import '../platform/zodWithoutEval';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  teamsLightTheme,
} from '@fluentui/react-components';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ukDateOf } from '../domain/calendar/ukTime';
import type { IsoDate } from '../domain/primitives/brand';
import { pageSessionStorage, startSession } from '../platform/auth/signOut';
import { loadConfig } from '../platform/config';
import { loadFluentTheme } from '../ui/theme/fluentTheme';
import { startTab } from './bootstrap/startTab';
import { createTabData } from './data/tabData';
import { TabApp, initialView, preloadView } from './TabApp';
import { firstLoadFor } from './views/viewNames';
import { TabEnvironmentProvider, type TabEnvironment } from './TabContext';

/** Today in the council's time zone (England, Wales, Scotland, Northern Ireland share one). */
const todayInUk = () => ukDateOf(Date.now());

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const config = await loadConfig({ pageUrl: location.href, fetch: fetchWithEarlyConfig });
  if (!config.ok) return showProblem(root, 'Feedback Desk is not set up', config.error.message);
  const started = await startTab(config.value, location.href);
  if (!started.ok) return showProblem(root, 'Feedback Desk cannot start here', started.message);
  const { store, loadStore, host, session, keptFigures, firstRequestSent } = started;
  // The first render is in the host's theme (a dark or high-contrast one is its own chunk).
  const theme = loadFluentTheme(host.theme());
  const data = createTabData(store, {
    // The calendar's code comes with the store's (its chunk, preloaded with the page).
    beforeShow: (snapshot) =>
      import(/* webpackChunkName: "tab-store" */ './data/derived').then(({ loadCalendarFor }) =>
        loadCalendarFor(snapshot, todayInUk()),
      ),
    keptFigures,
  });
  // The first load starts now: it reads back what a re-open kept, and its store calls wait
  // for the store's code. With sign-in it starts once the silent check has a token (TabApp
  // asks then), so nothing goes to Graph without one.
  const today = todayInUk();
  if (session) void startSession(session, pageSessionStorage());
  else void data.refresh(firstLoadFor(initialView(host), today));
  // What a re-open kept comes back from IndexedDB in a few ms: waiting for it paints the frame
  // and the kept figures in one render, not two.
  await within(100, data.keptRead());
  // Figures kept to show (a re-open): they are drawn before the store's code (the Graph client,
  // the list definitions, the records' schemas) is evaluated, a tenth of a second or more of
  // module bodies (issue 19). Otherwise (a cold load) the load waits on the store, so the
  // store comes first and the render waits for the first read to leave: rendered earlier, it
  // would hold the load's requests back by its length (0.2–0.3 s on a cold open). With sign-in
  // the load waits for the silent check, and the store is evaluated while that runs.
  const drawFirst = session !== undefined || data.getState().kept !== undefined;
  if (!drawFirst) {
    await loadStore();
    await within(100, firstRequestSent);
  }
  await theme;
  // Rendered at once rather than in React's next task: the kept lists' reads, which come back
  // from IndexedDB meanwhile, would otherwise be unpacked before the first paint.
  flushSync(() =>
    root.render(
      <StrictMode>
        <TabRoot environment={{ store, data, host, session }} firstDay={today} />
      </StrictMode>,
    ),
  );
  if (drawFirst) void loadStore();
  // The first view's own code is needed once its lists are in, not before.
  void preloadView(initialView(host));
}

/** Settles when `promise` does, or after `ms`, whichever is first (never rejects). */
function within(ms: number, promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([promise.catch(() => undefined), new Promise((r) => setTimeout(r, ms))]);
}

/**
 * Provides the environment, with today's date moving on at midnight: a tab left open
 * overnight counts working days and overdue cases from the new day.
 */
function TabRoot(props: { environment: Omit<TabEnvironment, 'today'>; firstDay: IsoDate }) {
  const [today, setToday] = useState(props.firstDay);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayInUk()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const environment = useMemo(() => ({ ...props.environment, today }), [props.environment, today]);
  return (
    <TabEnvironmentProvider value={environment}>
      <TabApp />
    </TabEnvironmentProvider>
  );
}

function showProblem(root: ReturnType<typeof createRoot>, title: string, message: string): void {
  root.render(
    <FluentProvider theme={teamsLightTheme}>
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}

void main();
