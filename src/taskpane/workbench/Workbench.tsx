import { useState, useSyncExternalStore } from 'react';
import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FeedbackStore } from '../../data/store';
import type { SessionStore } from '../../platform/auth/session';
import type { DemoInbox } from '../../platform/standalone/mailbox/demoInbox';
import { TriagePane } from '../pane/TriagePane';
import { InboxList } from './InboxList';
import { ReadingPane } from './ReadingPane';
import { UserPicker } from './UserPicker';
import { personOf, type DemoUser } from './demoUsers';
import { paneWidthOf, paneWidths } from './paneWidth';

const USER_KEY = 'feedback-desk.workbench-user';
const WIDTH_KEY = 'feedback-desk.workbench-pane-width';

const useStyles = makeStyles({
  // Outlook's three columns: message list, reading pane, and the add-in's pane at its real width.
  // Narrower than the three need (a phone, 200 % zoom), they stack and each takes the width.
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(14rem, 1fr) minmax(0, 2fr) var(--fd-pane-width)',
    height: '100%',
    '@media (max-width: 60rem)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      height: 'auto',
    },
  },
  inbox: {
    display: 'flex',
    flexDirection: 'column',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    minHeight: 0,
    minWidth: 0,
    '@media (max-width: 60rem)': { borderRight: 'none' },
  },
  head: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  reading: {
    overflowY: 'auto',
    minHeight: 0,
    minWidth: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    '@media (max-width: 60rem)': { borderRight: 'none' },
  },
  select: { minWidth: 0, maxWidth: '100%' },
  pane: {
    overflowY: 'auto',
    overflowX: 'hidden',
    minHeight: 0,
    minWidth: 0,
    '@media (max-width: 60rem)': { borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  },
});

/**
 * The standalone workbench, laid out like Outlook: the demo inbox, the selected email as the
 * reading pane shows it, and the triage pane at one of Outlook's pane widths (320, 350 or
 * 450 px, chosen in the header), so what fits here fits there.
 */
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
  const [width, setWidth] = useState(() => paneWidthOf(sessionStorage.getItem(WIDTH_KEY)));
  const user = users.find((u) => u.upn === upn) ?? users[0]!;
  const message = selectedId === undefined ? undefined : inbox.message(selectedId);
  return (
    <div
      className={styles.page}
      style={{ ['--fd-pane-width' as string]: `${width}px` }}
      data-pane-width={width}
    >
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
          <Field label="Pane width">
            <Select
              className={styles.select}
              value={String(width)}
              onChange={(_, d) => {
                sessionStorage.setItem(WIDTH_KEY, d.value);
                setWidth(paneWidthOf(d.value));
              }}
            >
              {paneWidths.map((w) => (
                <option key={w} value={w}>
                  {w} px{w === 350 ? ' (Outlook default)' : ''}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <InboxList entries={entries} selectedId={selectedId} onSelect={inbox.select} />
      </nav>
      <div className={styles.reading}>
        <ReadingPane message={message} />
      </div>
      <main className={styles.pane} aria-label="Feedback Desk triage">
        <TriagePane host={inbox.host} store={store} officer={personOf(user)} session={session} />
      </main>
    </div>
  );
}
