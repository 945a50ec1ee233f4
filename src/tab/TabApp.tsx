import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import {
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { CaseReference } from '../domain/primitives/brand';
import { sessionView } from '../platform/auth/session';
import { sessionSource } from '../platform/auth/sessionSource';
import { pageSessionStorage, signInAgain } from '../platform/auth/signOut';
import { preloadable, type Preloadable } from '../ui/common/preloadable';
import { SignInPrompt } from '../ui/common/SignInPrompt';
import { fluentThemeFor, loadFluentTheme, type ThemeName } from '../ui/theme/fluentTheme';
import { TabHeader } from './TabHeader';
import { UnreadableItems } from './components/UnreadableItems';
import { unreadableFor } from './data/unreadable';
import { isWorthRetrying, startAutoRetry } from './data/autoRetry';
import { loadProblem } from './data/loadProblem';
import { useReadyMark } from './data/useReadyMark';
import { ViewMemoryProvider } from './data/viewMemory';
import { useHostTheme, useTabData, useTabEnvironment } from './TabContext';
import type { TabHost } from '../platform/teams/tabHost';
import type { TimelinessFilters } from './views/timeliness/selectTimeliness';
import { keptOverviewFor } from './views/overview/keptOverview';
import KeptOverviewView from './views/overview/KeptOverviewView';
import {
  firstLoadFor,
  isWaitingFor,
  viewOf,
  views,
  type ViewId,
  type ViewProps,
} from './views/viewNames';

/**
 * Each view is its own chunk; the one the tab opens on is asked for after its first render, as
 * its lists come later. The Overview's figures kept from the last visit are in the page's own
 * scripts, so a re-open paints them at once; the Overview's own chunk is preloaded with the
 * page (webpack.config.ts).
 */
const lazyViews: Record<ViewId, Preloadable<ViewProps>> = {
  overview: preloadable(
    () => import(/* webpackChunkName: "tab-overview" */ './views/overview/OverviewView'),
  ),
  timeliness: preloadable(() => import('./views/timeliness/TimelinessView')),
  actions: preloadable(() => import('./views/actions/ActionsView')),
  plans: preloadable(() => import('./views/plans/PlansView')),
  'annual-report': preloadable(() => import('./views/annualReport/AnnualReportEntry')),
  records: preloadable(() => import('./views/records/RecordsView')),
  settings: preloadable(() => import('./views/settings/SettingsView')),
};

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nav: {
    padding: `0 ${tokens.spacingHorizontalM}`,
    '@media (max-width: 480px)': { padding: 0 },
  },
  // The view tabs wrap onto more lines rather than running off a narrow screen.
  tabs: { flexWrap: 'wrap' },
  main: {
    padding: tokens.spacingHorizontalL,
    flexGrow: 1,
    minWidth: 0,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
    // A choice whose longest option is wider than a phone's screen narrows to fit it (the
    // option itself still reads in full when the list opens).
    '& .fui-Field': { maxWidth: '100%', minWidth: 0 },
    '& .fui-Select': { maxWidth: '100%', minWidth: 0 },
    '& .fui-Select__select': { minWidth: 0, textOverflow: 'ellipsis' },
    // A read-only field (the settings for anyone but the complaints manager, the Ombudsman's
    // figures for an officer) must not look like one to type in: a dashed border, which tells
    // it apart without colour (high contrast, print, colour blindness), on a quieter ground.
    '& .fui-Input:has(> input[readonly]), & .fui-Textarea:has(> textarea[readonly])': {
      ...shorthands.borderStyle('dashed'),
      backgroundColor: tokens.colorNeutralBackground3,
    },
    // Nor offer a handle to resize a box nobody can type in.
    '& textarea[readonly]': { resize: 'none' },
  },
});

export function TabApp() {
  const styles = useStyles();
  const { host, data, session, today } = useTabEnvironment();
  const theme = useShownTheme(useHostTheme(host));
  const { snapshot, error, kept: keptAsRead } = useTabData();
  const source = sessionSource(session);
  const signIn = useSyncExternalStore(source.subscribe, source.getState);
  const signedIn = signIn.status === 'signed_in';
  const [openedCase, setOpenedCase] = useState<CaseReference | undefined>(() => host.linkedCase());
  const [view, setView] = useState<ViewId>(() => initialView(host));
  // Filters another view asked Timeliness to open with; a plain change of view clears them.
  const [casesFilter, setCasesFilter] = useState<Partial<TimelinessFilters> | undefined>();
  // The Overview kept at the last visit, if it can be shown today.
  const kept = useMemo(() => keptOverviewFor(keptAsRead, today), [keptAsRead, today]);
  // Read by the sign-in effect, which must not run again when the view or the day changes.
  const viewShown = useRef(view);
  viewShown.current = view;
  const todayShown = useRef(today);
  todayShown.current = today;

  useReadyMark('shell');
  // A failed load is tried again by itself: when the connection returns, and after a wait.
  useEffect(() => startAutoRetry(data), [data]);
  // Data is asked for only with a sign-in: at start once the silent check has a token, and
  // again after Sign in / Try again when nothing could be loaded before.
  useEffect(() => {
    if (signedIn && !data.getState().snapshot)
      void data.refresh(firstLoadFor(viewShown.current, todayShown.current));
  }, [data, signedIn]);
  useEffect(
    () =>
      host.onLinkedCaseChange((reference) => {
        setOpenedCase(reference);
        if (reference) setView('timeliness');
      }),
    [host],
  );

  // Where focus goes back to when the case's panel closes: the search box it was opened from.
  const [caseOpener, setCaseOpener] = useState<string | undefined>();
  const openCase = useCallback(
    (reference: CaseReference | undefined, openerId?: string) => {
      setCaseOpener(openerId);
      setOpenedCase(reference);
      host.showCase(reference);
      if (reference) setView('timeliness');
    },
    [host],
  );

  const showCases = useCallback((filters: Partial<TimelinessFilters>) => {
    setCasesFilter(filters);
    setView('timeliness');
  }, []);

  const View = lazyViews[view];
  // The lists a view reads may still be loading (the first view's load reads only its own).
  const waiting = snapshot ? isWaitingFor(view, snapshot) : false;
  return (
    <FluentProvider theme={fluentThemeFor(theme)!} className={styles.root} data-theme={theme}>
      <TabHeader onOpenCase={openCase} />
      <nav className={styles.nav} aria-label="Views">
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, d) => {
            setCasesFilter(undefined);
            setView(d.value as ViewId);
          }}
          size="large"
        >
          {views.map((v) => (
            <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls="view-panel">
              {v.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main} id="view-panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
        <ViewMemoryProvider>
          {signedIn ? null : (
            <SignInPrompt
              {...sessionView(signIn)}
              urgent={signIn.status === 'failed'}
              onPress={() => {
                if (session) void signInAgain(session, pageSessionStorage());
              }}
            />
          )}
          {error && (!snapshot || waiting) && signedIn ? (
            <MessageBar intent="error" role="alert" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The data could not be loaded</MessageBarTitle>
                {loadProblem(error)} Nothing was being saved, so nothing is lost.
                {isWorthRetrying(error) ? ' The tab tries again by itself.' : ''}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {snapshot && !waiting ? (
            <>
              <UnreadableItems {...unreadableFor(viewOf(view).needs, snapshot.problems)} />
              <Suspense fallback={<Spinner label="Opening the view" />}>
                <View
                  snapshot={snapshot}
                  openCase={openCase}
                  openedCase={openedCase}
                  caseOpener={caseOpener}
                  showCases={showCases}
                  casesFilter={casesFilter}
                />
              </Suspense>
            </>
          ) : !snapshot && view === 'overview' && kept && signedIn ? (
            // Kept from the last visit: on show while the lists are brought up to date, and
            // still when they cannot be (offline), beside the message saying why.
            <KeptOverviewView kept={kept} failed={error !== undefined} showCases={showCases} />
          ) : error || !signedIn ? null : (
            <Spinner label={snapshot ? 'Loading the lists this view shows' : 'Loading cases'} />
          )}
        </ViewMemoryProvider>
      </main>
    </FluentProvider>
  );
}

/** The view the tab opens on: a linked case's timeline, or the Overview. */
export function initialView(host: TabHost): ViewId {
  return host.linkedCase() ? 'timeliness' : 'overview';
}

/** Starts fetching a view's code before it is needed. */
export function preloadView(id: ViewId): void {
  lazyViews[id].preload().catch(() => {}); // a failure shows when the view renders
}

/**
 * The host's theme once it is built (`loadFluentTheme`), the one shown before until then: a
 * switch to dark or high contrast waits the few ms its chunk takes rather than flashing.
 * The page's first theme is built before the first render (src/tab/index.tsx).
 */
function useShownTheme(wanted: ThemeName): ThemeName {
  const [shown, setShown] = useState(() => (fluentThemeFor(wanted) ? wanted : 'default'));
  useEffect(() => {
    let current = true;
    void loadFluentTheme(wanted).then(() => {
      if (current) setShown(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return fluentThemeFor(wanted) ? wanted : shown;
}
