import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FeedbackStore } from '../../data/store';
import type { Person } from '../../domain/records';
import type { MailHost } from '../../platform/outlook/mailHost';
import { StatusRegion } from '../../ui/common/StatusRegion';
import { londonToday } from '../model/londonTime';
import { EmailTriage } from './EmailTriage';
import { useMailItem } from './useMailItem';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
  },
});

/**
 * The triage pane: the same component in Outlook and in the workbench, over any `MailHost`
 * and any `FeedbackStore`. It follows the selected email.
 */
export function TriagePane({
  host,
  store,
  officer,
}: {
  host: MailHost;
  store: FeedbackStore;
  officer: Person;
}) {
  const styles = useStyles();
  const mail = useMailItem(host);
  return (
    <div className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        Feedback Desk
      </Text>
      {mail.status === 'loading' ? <Text>Reading the email…</Text> : null}
      {mail.status === 'empty' ? <Text>Select an email to triage it.</Text> : null}
      {mail.status === 'error' ? (
        <StatusRegion intent="warning" title="This item cannot be triaged">
          {mail.message}
        </StatusRegion>
      ) : null}
      {mail.status === 'ready' ? (
        <EmailTriage
          key={`${mail.item.itemId}|${officer.upn ?? officer.name}`}
          store={store}
          host={host}
          item={mail.item}
          officer={officer}
          today={londonToday()}
        />
      ) : null}
    </div>
  );
}
