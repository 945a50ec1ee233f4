import { useId, useState } from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Warning24Filled } from '@fluentui/react-icons';
import { PlainText } from '../common/PlainText';
import { formatUkDate } from '../../domain/format';

export interface SafeguardingReferral {
  readonly referredOn: string;
  readonly referredBy: string;
}

const useStyles = makeStyles({
  root: {
    border: `3px solid ${tokens.colorPaletteRedBorderActive}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  title: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  icon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  list: { margin: 0, paddingInlineStart: '1.2em' },
});

/**
 * The safeguarding warning: unmissable, first in the pane, says what to do now, and lets the
 * officer record the referral to the front door. It is `role="alert"` so it is announced.
 */
export function SafeguardingAlert({
  notes = [],
  reasons,
  referral,
  today,
  officer,
  onRecordReferral,
  busy = false,
}: {
  /** What officers' decisions say about this flag: always shown, before the quoted words. */
  notes?: readonly string[];
  /** The words that raised the flag; the first four are shown. */
  reasons: readonly string[];
  /** The referral already recorded, if any. */
  referral: SafeguardingReferral | undefined;
  today: string;
  officer: string;
  onRecordReferral: (referral: SafeguardingReferral) => void;
  busy?: boolean;
}) {
  const styles = useStyles();
  const [referredOn, setReferredOn] = useState(today);
  const headingId = useId();
  return (
    <div role="alert" aria-labelledby={headingId} className={styles.root}>
      <div className={styles.title}>
        <Warning24Filled className={styles.icon} aria-hidden="true" />
        <Text as="h2" id={headingId} weight="bold" size={400}>
          Possible safeguarding concern
        </Text>
      </div>
      <Text>
        This email may describe a risk of harm to a child or adult. Refer it to the front door (MASH
        / First Response) now: do not wait for the complaints process. Any complaint is paused until
        the safeguarding referral is dealt with.
      </Text>
      {notes.map((note, index) => (
        <Text key={index} weight="semibold">
          {note}
        </Text>
      ))}
      {reasons.length > 0 ? (
        <ul className={styles.list} aria-label="What raised the safeguarding flag">
          {reasons.slice(0, 4).map((reason, index) => (
            <li key={index}>
              <PlainText text={reason} />
            </li>
          ))}
        </ul>
      ) : null}
      {referral ? (
        <Text weight="semibold">
          Referral to the front door recorded on {formatUkDate(referral.referredOn)} by{' '}
          {referral.referredBy}.
        </Text>
      ) : (
        <div className={styles.row}>
          <Field label="Referral made on">
            <Input
              type="date"
              value={referredOn}
              onChange={(_, data) => setReferredOn(data.value)}
            />
          </Field>
          <Button
            appearance="primary"
            disabled={busy || referredOn === ''}
            onClick={() => onRecordReferral({ referredOn, referredBy: officer })}
          >
            Record safeguarding referral
          </Button>
        </div>
      )}
    </div>
  );
}
