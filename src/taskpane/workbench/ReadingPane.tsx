import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadingMessage } from '../../platform/standalone/mailbox/demoInbox';
import { PlainText } from '../../ui/common/PlainText';
import { SenderText } from '../../ui/common/SenderText';
import { formatUkDate } from '../../domain/format';
import { londonTime } from '../model/londonTime';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  headers: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  body: { margin: 0, lineHeight: tokens.lineHeightBase400 },
});

/** `'2025-06-10T10:15:00Z'` → `'10 June 2025 at 11:15'` (the time in England). */
function arrivedAt(instant: string): string {
  const local = londonTime(instant);
  return local ? `${formatUkDate(local.date)} at ${local.time}` : instant;
}

/**
 * The selected email as Outlook's reading pane shows it: subject, sender, recipients, when
 * it arrived, then its text. Everything in it is untrusted text, shown as text.
 */
export function ReadingPane({ message }: { message: ReadingMessage | undefined }) {
  const styles = useStyles();
  if (!message) {
    return (
      <section className={styles.root} aria-label="Reading pane">
        <Text>Select an email in the inbox to read it here.</Text>
      </section>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="reading-subject">
      <Text as="h2" id="reading-subject" size={500} weight="semibold">
        <PlainText text={message.subject || '(no subject)'} />
      </Text>
      <dl className={styles.headers} aria-label="Message headers">
        <dt className={styles.term}>From</dt>
        <dd className={styles.value}>
          <SenderText name={message.from.name} address={message.from.address} />
        </dd>
        {message.to.length > 0 ? (
          <>
            <dt className={styles.term}>To</dt>
            <dd className={styles.value}>
              <PlainText text={message.to.join('; ')} />
            </dd>
          </>
        ) : null}
        <dt className={styles.term}>Received</dt>
        <dd className={styles.value}>{arrivedAt(message.receivedAt)}</dd>
      </dl>
      <PlainText as="div" text={message.body} />
    </section>
  );
}
