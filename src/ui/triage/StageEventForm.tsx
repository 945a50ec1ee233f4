import { useState } from 'react';
import {
  Button,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  outcomeLabels,
  outcomes,
  pauseReasonLabels,
  pauseReasons,
  type Outcome,
  type PauseReason,
} from '../../domain/records';

/** What an officer can record on the current stage. Mirrors the store's `StageEvent`. */
export type StageEventInput =
  | { kind: 'acknowledged'; on: string }
  | { kind: 'responded'; on: string; outcome?: Outcome }
  | { kind: 'extension'; agreedOn: string; reason: string }
  | { kind: 'pause_started'; from: string; reason: PauseReason; note?: string }
  | { kind: 'pause_ended'; to: string };

const kindLabels: Record<StageEventInput['kind'], string> = {
  acknowledged: 'Acknowledgement sent',
  responded: 'Response sent',
  extension: 'Extension agreed',
  pause_started: 'Pause started',
  pause_ended: 'Pause ended',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * Records an acknowledgement, a response, an agreed extension or a pause (with its reason).
 * Rarely used on first sight of an email, so the pane loads it with `import()`.
 */
export default function StageEventForm({
  today,
  pauseRunning,
  busy,
  onRecord,
}: {
  today: string;
  pauseRunning: boolean;
  busy: boolean;
  onRecord: (event: StageEventInput) => void;
}) {
  const styles = useStyles();
  const kinds = (Object.keys(kindLabels) as StageEventInput['kind'][]).filter((k) =>
    pauseRunning ? k !== 'pause_started' : k !== 'pause_ended',
  );
  const [kind, setKind] = useState<StageEventInput['kind']>('acknowledged');
  const [date, setDate] = useState(today);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const [pauseReason, setPauseReason] = useState<PauseReason>('adr');
  const missingReason = kind === 'extension' && reason.trim() === '';

  const build = (): StageEventInput => {
    switch (kind) {
      case 'acknowledged':
        return { kind, on: date };
      case 'responded':
        return { kind, on: date, ...(outcome ? { outcome } : {}) };
      case 'extension':
        return { kind, agreedOn: date, reason: reason.trim() };
      case 'pause_started':
        return {
          kind,
          from: date,
          reason: pauseReason,
          ...(reason.trim() ? { note: reason.trim() } : {}),
        };
      case 'pause_ended':
        return { kind, to: date };
    }
  };

  return (
    <form
      className={styles.form}
      aria-label="Record on this stage"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && !missingReason && date) onRecord(build());
      }}
    >
      <Field label="What happened">
        <Select value={kind} onChange={(_, d) => setKind(d.value as StageEventInput['kind'])}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="On">
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      {kind === 'responded' ? (
        <Field label="Outcome">
          <Select value={outcome} onChange={(_, d) => setOutcome(d.value as Outcome | '')}>
            <option value="">Not decided yet</option>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {outcomeLabels[o]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {kind === 'pause_started' ? (
        <Field label="Reason for the pause">
          <Select value={pauseReason} onChange={(_, d) => setPauseReason(d.value as PauseReason)}>
            {pauseReasons
              .filter((r) => r !== 'imported')
              .map((r) => (
                <option key={r} value={r}>
                  {pauseReasonLabels[r]}
                </option>
              ))}
          </Select>
        </Field>
      ) : null}
      {kind === 'extension' || kind === 'pause_started' ? (
        <Field
          label={kind === 'extension' ? 'Reason for the extension' : 'Note'}
          required={kind === 'extension'}
        >
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
        </Field>
      ) : null}
      <Button type="submit" disabledFocusable={busy || missingReason || date === ''}>
        Record
      </Button>
    </form>
  );
}
