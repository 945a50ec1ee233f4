import { useState, useSyncExternalStore } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FeedbackStore } from '../../data/store';
import type { SessionStore } from '../../platform/auth/session';
import type { DemoInbox } from '../../platform/standalone/mailbox/demoInbox';
import { TriagePane } from '../pane/TriagePane';
import { InboxList } from './InboxList';
import { UserPicker } from './UserPicker';
import { personOf, type DemoUser } from './demoUsers';

const USER_KEY = 'feedback-desk.workbench-user';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(16rem, 1fr) minmax(22rem, 2fr)',
    height: '100%',
  },
  inbox: {
    display: 'flex',
    flexDirection: 'column',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    minHeight: 0,
  },
  head: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  pane: { overflowY: 'auto', minHeight: 0 },
});

/** The standalone workbench: the demo inbox on the left, the triage pane on the right. */
export function Workbench({
  inbox,
  store,
  users,
  session,
}: {
  inbox: DemoInbox;
  store: FeedbackStore;
  users: readonly DemoUser[];
  /** Present in the emulator's strict mode: the pane then signs in for its Graph tokens. */
  session?: SessionStore | undefined;
}) {
  const styles = useStyles();
  const entries = useSyncExternalStore(inbox.subscribe, inbox.entries);
  const selectedId = useSyncExternalStore(inbox.subscribe, inbox.selectedId);
  const [upn, setUpn] = useState(() => {
    const saved = sessionStorage.getItem(USER_KEY);
    return users.some((u) => u.upn === saved) ? saved! : (users[0]?.upn ?? '');
  });
  const user = users.find((u) => u.upn === upn) ?? users[0]!;
  return (
    <div className={styles.page}>
      <nav className={styles.inbox} aria-label="Demo mailbox">
        <div className={styles.head}>
          <Text as="h2" size={400} weight="semibold">
            Complaints inbox (demo)
          </Text>
          <UserPicker
            users={users}
            value={user.upn}
            onChange={(next) => {
              sessionStorage.setItem(USER_KEY, next);
              setUpn(next);
            }}
          />
        </div>
        <InboxList entries={entries} selectedId={selectedId} onSelect={inbox.select} />
      </nav>
      <main className={styles.pane} aria-label="Feedback Desk triage">
        <TriagePane host={inbox.host} store={store} officer={personOf(user)} session={session} />
      </main>
    </div>
  );
}
