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
 * Withdraw an open case, with the reason: a case saved by mistake, a duplicate (naming the
 * case it duplicates), or a matter that ended without a response. Folded behind one button,
 * since it closes the case.
 */
export function WithdrawForm<R extends string>({
  reasons,
  duplicateReason,
  busy,
  onWithdraw,
}: {
  /** Each reason's value and its words, e.g. `['duplicate', 'A duplicate of another case']`. */
  reasons: readonly (readonly [R, string])[];
  /** The reason that names the case it duplicates. */
  duplicateReason: R;
  busy: boolean;
  onWithdraw: (reason: R, detail: string, duplicateOf?: string) => void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<R | ''>('');
  const [detail, setDetail] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [missing, setMissing] = useState(false);
  const isDuplicate = reason === duplicateReason;
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
        if (!reason || (isDuplicate && !duplicateOf.trim())) {
          setMissing(true);
          return;
        }
        onWithdraw(reason, detail, isDuplicate ? duplicateOf : undefined);
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
      {isDuplicate ? (
        <Field
          label="The case it duplicates"
          hint="Its reference, for example CSC-2025-0042. That case is the one counted."
          required
          {...(missing && !duplicateOf.trim()
            ? { validationMessage: 'Give the reference of the case it duplicates.' }
            : {})}
        >
          <Input value={duplicateOf} maxLength={40} onChange={(_, d) => setDuplicateOf(d.value)} />
        </Field>
      ) : null}
      <Field label="Details (optional)">
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
