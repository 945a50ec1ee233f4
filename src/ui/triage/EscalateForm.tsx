import { useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  note: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
  select: { minWidth: 0, maxWidth: '100%' },
});

type Target = 1 | 2 | 3;

/**
 * `Escalate` a complaint to the next stage, recording the day the request was received
 * (prefilled from the email that asks for it): that day starts the new stage's clock. On a
 * case closed by its response, escalating reopens it, and the form says so.
 */
export function EscalateForm({
  stages,
  requestedOn,
  busy,
  reopens = false,
  onEscalate,
}: {
  /** The stages it may go to, e.g. `[2]` for corporate Stage 1, `[1]` for early resolution. */
  stages: readonly Target[];
  requestedOn: string;
  busy: boolean;
  /** The case is closed: escalating reopens it. */
  reopens?: boolean;
  onEscalate: (to: Target, requested: string) => void;
}) {
  const styles = useStyles();
  const [to, setTo] = useState<Target>(stages[0] ?? 2);
  const [requested, setRequested] = useState(requestedOn);
  if (stages.length === 0) return null;
  return (
    <div className={styles.row}>
      {reopens ? (
        <Text className={styles.note}>
          Not satisfied with the response? Escalating reopens the case at the next stage.
        </Text>
      ) : null}
      <Field label="Escalate to">
        <Select
          className={styles.select}
          value={String(to)}
          onChange={(_, d) => setTo(Number(d.value) as Target)}
        >
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
