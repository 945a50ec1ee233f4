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
import { isIsoDate } from '../../domain/primitives/brand';

/** What an officer can record on a stage. Mirrors the store's `StageEvent`, so it passes as one. */
export type StageEventInput =
  | { kind: 'acknowledged'; on: string }
  | { kind: 'responded'; on: string; outcome?: Outcome }
  | { kind: 'extension'; agreedOn: string; reason: string }
  | { kind: 'pause_started'; from: string; reason: PauseReason; note?: string }
  | { kind: 'pause_ended'; to: string };

export type StageEventKind = StageEventInput['kind'];

export const stageEventLabels: Record<StageEventKind, string> = {
  acknowledged: 'Acknowledgement sent',
  responded: 'Response sent',
  extension: 'Extension agreed',
  pause_started: 'Pause started',
  pause_ended: 'Pause ended',
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
});

type Problems = { on?: string; reason?: string };

/**
 * What is wrong with the form as filled in, said plainly; `{}` when it can be recorded.
 * `problemsIn('extension', '2025-06-20', ' ', '2025-06-30', '2025-06-10')`
 * → `{ reason: 'Give the reason agreed for the extension' }`.
 */
function problemsIn(
  kind: StageEventKind,
  on: string,
  reason: string,
  today: string,
  earliest: string | undefined,
): Problems {
  const found: Problems = {};
  if (!isIsoDate(on)) found.on = 'Enter the whole date: day, month and year';
  else if (on > today) found.on = 'The date cannot be in the future';
  else if (earliest !== undefined && on < earliest)
    found.on = 'The date cannot be before the case or stage was received';
  if (kind === 'extension' && reason.trim() === '')
    found.reason = 'Give the reason agreed for the extension';
  return found;
}

/** The event the form describes: `('extension', '2025-06-20', …, ' School records ')` → `{ kind: 'extension', agreedOn: '2025-06-20', reason: 'School records' }`. */
function eventFrom(
  kind: StageEventKind,
  on: string,
  outcome: Outcome | '',
  reason: string,
  pauseReason: PauseReason,
): StageEventInput {
  const text = reason.trim();
  switch (kind) {
    case 'acknowledged':
      return { kind, on };
    case 'responded':
      return { kind, on, ...(outcome ? { outcome } : {}) };
    case 'extension':
      return { kind, agreedOn: on, reason: text };
    case 'pause_started':
      return { kind, from: on, reason: pauseReason, ...(text ? { note: text } : {}) };
    case 'pause_ended':
      return { kind, to: on };
  }
}

/**
 * Records an acknowledgement, a response (with its outcome), an agreed extension or a pause
 * (with its reason) — in the Outlook pane and the Teams tab alike. The app decides which events
 * make sense now (`kinds`) and saves what `onRecord` is given; the date is checked here first
 * (a real day, not after `today`, not before `earliest`).
 */
export function StageEventForm(props: {
  /** The form's accessible name. */
  readonly name: string;
  /** The label of the event picker. */
  readonly eventLabel: string;
  readonly kinds: readonly StageEventKind[];
  /** Chosen at first; the first of `kinds` when left out. */
  readonly initialKind?: StageEventKind | undefined;
  readonly today: string;
  /** When the case or stage was received: nothing can happen on it before then. */
  readonly earliest?: string;
  /** Whether a response asks for its outcome (a case without stages has none). */
  readonly askOutcome?: boolean;
  readonly busy: boolean;
  readonly onRecord: (event: StageEventInput) => void;
}) {
  const { kinds, today, earliest, askOutcome = true, busy, onRecord } = props;
  const styles = useStyles();
  const [kind, setKind] = useState<StageEventKind>(props.initialKind ?? kinds[0] ?? 'acknowledged');
  const [on, setOn] = useState(today);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const [pauseReason, setPauseReason] = useState<PauseReason>('adr');
  const [problems, setProblems] = useState<Problems>({});

  const submit = () => {
    const found = problemsIn(kind, on, reason, today, earliest);
    setProblems(found);
    if (!busy && !found.on && !found.reason)
      onRecord(eventFrom(kind, on, outcome, reason, pauseReason));
  };

  return (
    <form
      className={styles.form}
      aria-label={props.name}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className={styles.row}>
        <Field label={props.eventLabel}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as StageEventKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {stageEventLabels[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="On" validationMessage={problems.on ?? null}>
          <Input type="date" value={on} onChange={(_, d) => setOn(d.value)} />
        </Field>
        {kind === 'responded' && askOutcome ? (
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
      </div>
      {kind === 'extension' || kind === 'pause_started' ? (
        <Field
          label={kind === 'extension' ? 'Reason for the extension' : 'Note'}
          required={kind === 'extension'}
          validationMessage={problems.reason ?? null}
        >
          <Textarea value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
        </Field>
      ) : null}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Record {stageEventLabels[kind].toLowerCase()}
        </Button>
      </div>
    </form>
  );
}
