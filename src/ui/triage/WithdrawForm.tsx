import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * Withdraw an open case, with the reason: a case saved by mistake, or a matter that ended
 * without a response. Folded behind one button, since it closes the case.
 */
export function WithdrawForm<R extends string>({
  reasons,
  busy,
  onWithdraw,
}: {
  /** Each reason's value and its words, e.g. `['duplicate', 'A duplicate of another case']`. */
  reasons: readonly (readonly [R, string])[];
  busy: boolean;
  onWithdraw: (reason: R, detail: string) => void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<R | ''>('');
  const [detail, setDetail] = useState('');
  const [missing, setMissing] = useState(false);
  if (!open)
    return (
      <Button appearance="subtle" onClick={() => setOpen(true)}>
        Withdraw this case…
      </Button>
    );
  return (
    <form
      className={styles.form}
      aria-label="Withdraw this case"
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason) {
          setMissing(true);
          return;
        }
        onWithdraw(reason, detail);
      }}
    >
      <Field
        label="Why is it withdrawn?"
        required
        {...(missing && !reason ? { validationMessage: 'Choose why the case is withdrawn.' } : {})}
      >
        <RadioGroup value={reason} onChange={(_, d) => setReason(d.value as R)}>
          {reasons.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Details (optional)" hint="For a duplicate, the case it duplicates.">
        <Input value={detail} maxLength={200} onChange={(_, d) => setDetail(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Withdraw case
        </Button>
        <Button type="button" disabled={busy} onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
