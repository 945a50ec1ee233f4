import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { FeedbackStore } from '../../data/store';
import type { Person } from '../../domain/records';
import { sessionView, type SessionStore } from '../../platform/auth/session';
import { sessionSource } from '../../platform/auth/sessionSource';
import type { MailHost } from '../../platform/outlook/mailHost';
import { pageSessionStorage, signInAgain } from '../../platform/auth/signOut';
import { SignInPrompt } from '../../ui/common/SignInPrompt';
import { SignOutButton } from '../../ui/common/SignOutButton';
import { signOutOfPane } from '../boot/signOutOfPane';
import { StatusRegion } from '../../ui/common/StatusRegion';
import { londonToday } from '../model/londonTime';
import { EmailTriage } from './EmailTriage';
import { useMailItem } from './useMailItem';
import { usePaneSettings } from './usePaneSettings';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    minWidth: 0,
    boxSizing: 'border-box',
  },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The triage pane: the same component in Outlook and in the workbench, over any `MailHost`
 * and any `FeedbackStore`. It follows the selected email.
 *
 * With a sign-in `session`, the email is triaged only while signed in; otherwise the pane says
 * why not and offers Sign in. After signing in the email is looked up afresh (a new-case draft
 * comes back from session storage).
 */
export function TriagePane({
  host,
  store,
  officer,
  session,
}: {
  host: MailHost;
  store: FeedbackStore;
  officer: Person;
  session?: SessionStore | undefined;
}) {
  const styles = useStyles();
  const mail = useMailItem(host);
  const settings = usePaneSettings(store);
  const source = sessionSource(session);
  const signIn = useSyncExternalStore(source.subscribe, source.getState);
  const signedIn = signIn.status === 'signed_in';
  return (
    <div className={styles.root}>
      <div className={styles.heading}>
        <Text as="h1" size={500} weight="semibold">
          Feedback Desk
        </Text>
        {session && signedIn ? <SignOutButton onPress={() => signOutOfPane(session)} /> : null}
      </div>
      {mail.status === 'loading' ? <Text>Reading the email…</Text> : null}
      {mail.status === 'empty' ? <Text>Select an email to triage it.</Text> : null}
      {mail.status === 'error' ? (
        <StatusRegion intent="warning" title="This item cannot be triaged">
          {mail.message}
        </StatusRegion>
      ) : null}
      {signedIn ? null : (
        <SignInPrompt
          {...sessionView(signIn)}
          urgent={signIn.status === 'failed'}
          onPress={() => {
            if (session) void signInAgain(session, pageSessionStorage());
          }}
        />
      )}
      {mail.status === 'ready' && signedIn ? (
        <EmailTriage
          key={`${mail.item.itemId}|${officer.upn ?? officer.name}`}
          store={store}
          host={host}
          item={mail.item}
          officer={officer}
          settings={settings}
          today={londonToday()}
        />
      ) : null}
    </div>
  );
}
