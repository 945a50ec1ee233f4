import { Button, Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { formatUkTime } from '../domain/format';
import type { DemoControls } from '../platform/teams/tabHost';
import { sessionSource } from '../platform/auth/sessionSource';
import { SignOutButton } from '../ui/common/SignOutButton';
import { signOutOfTab } from './bootstrap/signOutOfTab';
import { CaseSearch } from './components/CaseSearch';
import type { CaseReference } from '../domain/primitives/brand';
import {
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { isWorthRetrying } from './data/autoRetry';
import { loadProblem } from './data/loadProblem';
import { useSignedInUser, useTabData, useTabEnvironment } from './TabContext';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { marginRight: 'auto', display: 'flex', flexDirection: 'column' },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  refresh: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  failed: { color: tokens.colorPaletteRedForeground1, maxWidth: '40em' },
});

/**
 * Title, finding a case, who is signed in, the standalone demo controls, the refresh button,
 * and Sign out.
 */
export function TabHeader(props: {
  readonly onOpenCase: (reference: CaseReference, openerId: string) => void;
}) {
  const styles = useStyles();
  const { host, data, session } = useTabEnvironment();
  const source = sessionSource(session);
  const signedIn = useSyncExternalStore(source.subscribe, source.getState).status === 'signed_in';
  const user = useSignedInUser();
  const { loading, readingRest, loadedAt, snapshot, error } = useTabData();
  const demo = host.demo;
  const signedInAs = <Text>Signed in as {user.name}</Text>;
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <h1 className={styles.h1}>Feedback Desk</h1>
        <Caption1>
          {snapshot?.settings.councilName ?? 'Complaints, compliments and enquiries'}
        </Caption1>
      </div>
      <CaseSearch snapshot={snapshot} onOpen={props.onOpenCase} />
      {demo ? <DemoPickersWhenLoaded demo={demo} fallback={signedInAs} /> : signedInAs}
      <div className={styles.refresh}>
        {loading ? <Spinner size="tiny" label="Loading" /> : null}
        {!loading && loadedAt !== undefined ? (
          <Caption1>Updated {formatUkTime(loadedAt)}</Caption1>
        ) : null}
        {/* A failed refresh is said beside "Updated", never hidden behind old figures. */}
        <div role="alert">
          {!loading && error && snapshot ? (
            <Caption1 className={styles.failed}>
              {loadProblem(error)} What you see is from{' '}
              {loadedAt ? formatUkTime(loadedAt) : 'earlier'}; nothing is lost.
              {isWorthRetrying(error) ? ' Trying again by itself.' : ''}
            </Caption1>
          ) : null}
        </div>
        <Button
          icon={<ArrowClockwiseRegular />}
          // Usable while only the history after the first view is still being read.
          disabled={loading && !readingRest}
          onClick={() => void data.refresh()}
        >
          {!loading && error && snapshot ? 'Retry' : 'Refresh'}
        </Button>
        {session && signedIn ? <SignOutButton onPress={() => signOutOfTab(session)} /> : null}
      </div>
    </header>
  );
}

/**
 * The standalone page's pickers (`DemoPickers`), fetched once the tab's first render is done:
 * Fluent's `Select` worked out its styles in every page start's first render, which Teams
 * never shows (issue 19). Until they arrive, or if they cannot be fetched, the header says
 * who is signed in, as in Teams.
 */
function DemoPickersWhenLoaded(props: {
  readonly demo: DemoControls;
  readonly fallback: ReactNode;
}) {
  const [Pickers, setPickers] = useState<ComponentType<{ readonly demo: DemoControls }>>();
  useEffect(() => {
    let mounted = true;
    // A task later, so the first render's own effects (its ready marks) come first.
    const timer = setTimeout(() => {
      import('./DemoPickers').then(
        (module) => {
          if (mounted) setPickers(() => module.default);
        },
        () => {}, // offline: the header keeps saying who is signed in
      );
    }, 0);
    return () => {
      mounted = false;
      clearTimeout(timer);
    };
  }, []);
  return Pickers ? <Pickers demo={props.demo} /> : props.fallback;
}
