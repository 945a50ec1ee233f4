import {
  Button,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseFile, Snapshot, StageEvent, Stored } from '../../../data/store';
import {
  outcomeLabels,
  outcomes,
  pauseReasonLabels,
  pauseReasons,
  type FeedbackCase,
  type Outcome,
  type PauseReason,
  type Stage,
} from '../../../domain/records';
import { isIsoDate, type CaseReference } from '../../../domain/shared/brand';
import { WriteError } from '../../components/WriteError';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';

type EventKind = StageEvent['kind'];

const eventLabels: Record<EventKind, string> = {
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

/** Which events make sense now: a running pause can only end; a responded stage takes nothing. */
export function eventsFor(stage: Stage | undefined, c: FeedbackCase): EventKind[] {
  if (!stage) return c.acknowledged ? ['responded'] : ['acknowledged', 'responded'];
  if (stage.responded) return [];
  const paused = stage.pauses.some((p) => p.from !== undefined && p.to === undefined);
  if (paused) return ['pause_ended'];
  const kinds: EventKind[] = [];
  if (!stage.acknowledged) kinds.push('acknowledged');
  kinds.push('responded');
  if (!stage.extension) kinds.push('extension');
  kinds.push('pause_started');
  return kinds;
}

/**
 * Records an acknowledgement, response, extension or pause on the case's current stage, guarded
 * by the ETag on screen (a 412 says someone else changed it). Compliments, MP enquiries and
 * comments have no stages: their acknowledgement and response are dates on the case itself.
 */
export function RecordEventForm(props: {
  readonly caseItem: Stored<FeedbackCase>;
  readonly stage: Stored<Stage> | undefined;
  /** Told what was recorded: a response closes the case, and this form with it. */
  readonly onRecorded: (message: string) => void;
}) {
  const { caseItem, stage, onRecorded } = props;
  const styles = useStyles();
  const { store, data, today } = useTabEnvironment();
  const write = useStoreWrite();
  const kinds = eventsFor(stage?.value, caseItem.value);
  const [kind, setKind] = useState<EventKind>(
    kinds.includes('responded') ? 'responded' : (kinds[0] ?? 'responded'),
  );
  const [on, setOn] = useState<string>(today);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [reason, setReason] = useState('');
  const [pauseReason, setPauseReason] = useState<PauseReason>('adr');
  const [problems, setProblems] = useState<{ on?: string; reason?: string }>({});

  if (kinds.length === 0)
    return <Text>This stage has been responded to: nothing more is due on it.</Text>;
  const reference = caseItem.value.reference as CaseReference;

  const save = async () => {
    const found: { on?: string; reason?: string } = {};
    if (!isIsoDate(on)) found.on = 'Enter the date as YYYY-MM-DD';
    else if (on > today) found.on = 'The date cannot be in the future';
    else if (on < (stage?.value.requested ?? caseItem.value.received))
      found.on = 'The date cannot be before the case or stage was received';
    if (kind === 'extension' && reason.trim() === '')
      found.reason = 'Give the reason agreed for the extension';
    setProblems(found);
    if (found.on || found.reason) return;

    let saved: CaseFile | Stored<FeedbackCase> | undefined;
    if (stage) {
      const event: StageEvent =
        kind === 'acknowledged'
          ? { kind, on }
          : kind === 'responded'
            ? { kind, on, ...(outcome ? { outcome } : {}) }
            : kind === 'extension'
              ? { kind, agreedOn: on, reason: reason.trim() }
              : kind === 'pause_started'
                ? {
                    kind,
                    from: on,
                    reason: pauseReason,
                    ...(reason.trim() ? { note: reason.trim() } : {}),
                  }
                : { kind: 'pause_ended', to: on };
      saved = await write.run(() =>
        store.recordStageEvent(reference, stage.value.number, event, stage.etag),
      );
    } else {
      const patch: Partial<FeedbackCase> =
        kind === 'acknowledged'
          ? { acknowledged: on as FeedbackCase['received'] }
          : {
              responded: on as FeedbackCase['received'],
              status: 'closed',
              closed: on as FeedbackCase['received'],
            };
      saved = await write.run(() => store.updateCase(reference, patch, caseItem.etag));
    }
    if (!saved) return;
    const file = 'stages' in saved ? saved : undefined;
    data.apply((s: Snapshot) =>
      file
        ? { ...s, cases: upsert(s.cases, [file.case]), stages: upsert(s.stages, [...file.stages]) }
        : { ...s, cases: upsert(s.cases, [saved as Stored<FeedbackCase>]) },
    );
    onRecorded(`${eventLabels[kind]}: recorded on ${reference}.`);
  };

  return (
    <div className={styles.form} role="group" aria-label="Record an event">
      <WriteError error={write.error} onReload={() => void write.reload()} />
      <div className={styles.row}>
        <Field label="Event">
          <Select value={kind} onChange={(_, d) => setKind(d.value as EventKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {eventLabels[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={kind === 'extension' ? 'Agreed on' : 'Date'}
          validationMessage={problems.on ?? null}
        >
          <Input type="date" value={on} onChange={(_, d) => setOn(d.value)} />
        </Field>
        {kind === 'responded' && stage ? (
          <Field label="Outcome">
            <Select value={outcome} onChange={(_, d) => setOutcome(d.value as Outcome | '')}>
              <option value="">Not recorded yet</option>
              {outcomes.map((o) => (
                <option key={o} value={o}>
                  {outcomeLabels[o]}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {kind === 'pause_started' ? (
          <Field label="Why it is paused">
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
        <Button appearance="primary" disabled={write.busy} onClick={() => void save()}>
          Record {eventLabels[kind].toLowerCase()}
        </Button>
      </div>
    </div>
  );
}
