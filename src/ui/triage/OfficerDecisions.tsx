import { useState } from 'react';
import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import {
  DISMISS_REASONS,
  NOT_FEEDBACK_REASONS,
  REASON_NAMES,
  type DecisionReason,
  type DismissReason,
  type NotFeedbackReason,
} from '../../domain/triage/officerFeedback';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The shortcut that raises a concern by hand, from anywhere in the pane (docs/domain.md). */
export const RAISE_SHORTCUT = { label: 'Alt+Shift+S', key: 's', altKey: true, shiftKey: true };

/** A reason in words with a capital: "An auto-reply". */
const reasonLabel = (reason: DecisionReason) =>
  REASON_NAMES[reason].charAt(0).toUpperCase() + REASON_NAMES[reason].slice(1);

function ReasonForm<R extends DecisionReason>({
  label,
  reasons,
  confirm,
  busy,
  onConfirm,
  onCancel,
}: {
  label: string;
  reasons: readonly R[];
  confirm: string;
  busy: boolean;
  onConfirm: (reason: R) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [reason, setReason] = useState<R | ''>('');
  return (
    <div className={styles.form}>
      <Field label={label} required>
        <RadioGroup value={reason} onChange={(_, data) => setReason(data.value as R)}>
          {reasons.map((r) => (
            <Radio key={r} value={r} label={reasonLabel(r)} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || reason === ''}
          onClick={() => reason !== '' && onConfirm(reason)}
        >
          {confirm}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

/**
 * What an officer decides about an email's triage, taught to the pane for similar mail: raise
 * a safeguarding concern by hand (also Alt+Shift+S), dismiss a flag with a reason, or set the
 * email aside as not feedback with a reason. Only reasons from a list are kept, never words.
 */
export function OfficerDecisions({
  flagged,
  busy,
  onRaise,
  onDismiss,
  onNotFeedback,
}: {
  /** Whether the pane shows a safeguarding flag for this email now. */
  flagged: boolean;
  busy: boolean;
  onRaise: () => void;
  onDismiss: (reason: DismissReason) => void;
  onNotFeedback: (reason: NotFeedbackReason) => void;
}) {
  const styles = useStyles();
  const [asking, setAsking] = useState<'dismiss' | 'not_feedback' | undefined>();
  if (asking === 'dismiss')
    return (
      <ReasonForm
        label="Why dismiss the safeguarding flag?"
        reasons={DISMISS_REASONS}
        confirm="Dismiss flag"
        busy={busy}
        onConfirm={onDismiss}
        onCancel={() => setAsking(undefined)}
      />
    );
  if (asking === 'not_feedback')
    return (
      <ReasonForm
        label="Why is this email not feedback?"
        reasons={NOT_FEEDBACK_REASONS}
        confirm="Set aside"
        busy={busy}
        onConfirm={onNotFeedback}
        onCancel={() => setAsking(undefined)}
      />
    );
  return (
    <div className={styles.row} role="group" aria-label="Officer’s decision">
      {flagged ? (
        <Button disabled={busy} onClick={() => setAsking('dismiss')}>
          Dismiss safeguarding flag…
        </Button>
      ) : (
        <Button
          disabled={busy}
          aria-keyshortcuts={RAISE_SHORTCUT.label}
          onClick={onRaise}
          title={`Raise a safeguarding concern (${RAISE_SHORTCUT.label})`}
        >
          Raise safeguarding concern ({RAISE_SHORTCUT.label})
        </Button>
      )}
      <Button disabled={busy} onClick={() => setAsking('not_feedback')}>
        Not feedback…
      </Button>
    </div>
  );
}
