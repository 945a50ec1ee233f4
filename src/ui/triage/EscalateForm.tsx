import { useState } from 'react';
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

/**
 * `Escalate` a complaint to the next stage, recording the day the request was received
 * (prefilled from the email that asks for it).
 */
export function EscalateForm({
  stages,
  requestedOn,
  busy,
  onEscalate,
}: {
  /** The stages it may go to, e.g. `[2]` for corporate Stage 1, `[2, 3]` never at once. */
  stages: readonly (2 | 3)[];
  requestedOn: string;
  busy: boolean;
  onEscalate: (to: 2 | 3, requested: string) => void;
}) {
  const styles = useStyles();
  const [to, setTo] = useState<2 | 3>(stages[0] ?? 2);
  const [requested, setRequested] = useState(requestedOn);
  if (stages.length === 0) return null;
  return (
    <div className={styles.row}>
      <Field label="Escalate to">
        <Select value={String(to)} onChange={(_, d) => setTo(Number(d.value) as 2 | 3)}>
          {stages.map((s) => (
            <option key={s} value={s}>
              Stage {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Escalation requested on">
        <Input type="date" value={requested} onChange={(_, d) => setRequested(d.value)} />
      </Field>
      <Button
        disabledFocusable={busy || requested === ''}
        onClick={() => onEscalate(to, requested)}
      >
        Escalate
      </Button>
    </div>
  );
}
