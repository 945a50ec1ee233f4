import { Text } from '@fluentui/react-components';
import type { Snapshot, Stored } from '../../../data/store';
import type { FeedbackCase, Stage } from '../../../domain/records';
import {
  StageEventForm,
  stageEventLabels,
  type StageEventInput,
  type StageEventKind,
} from '../../../ui/common/StageEventForm';
import { recordCaseEvent } from '../../../services/caseActions';
import { WriteError } from '../../components/WriteError';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';

/** Which events make sense now: a running pause can only end; a responded stage takes nothing. */
export function eventsFor(stage: Stage | undefined, c: FeedbackCase): StageEventKind[] {
  if (!stage) return c.acknowledged ? ['responded'] : ['acknowledged', 'responded'];
  if (stage.responded) return [];
  const paused = stage.pauses.some((p) => p.from !== undefined && p.to === undefined);
  if (paused) return ['pause_ended'];
  const kinds: StageEventKind[] = [];
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
  const { store, data, today } = useTabEnvironment();
  const write = useStoreWrite({ action: 'recording that', record: 'this case' });
  const kinds = eventsFor(stage?.value, caseItem.value);

  if (kinds.length === 0)
    return <Text>This stage has been responded to: nothing more is due on it.</Text>;
  const reference = caseItem.value.reference;

  const save = async (event: StageEventInput) => {
    const saved = await write.run(() => recordCaseEvent(store, caseItem, stage, event));
    if (!saved) return;
    data.apply((s: Snapshot) => ({
      ...s,
      cases: upsert(s.cases, [saved.file.case]),
      stages: upsert(s.stages, [...saved.file.stages]),
    }));
    onRecorded(`${stageEventLabels[event.kind]}: recorded on ${reference}.`);
  };

  return (
    <>
      <WriteError failure={write.failure} onReload={() => void write.reload()} />
      <StageEventForm
        name="Record an event"
        eventLabel="Event"
        kinds={kinds}
        initialKind={kinds.includes('responded') ? 'responded' : kinds[0]}
        today={today}
        earliest={stage?.value.requested ?? caseItem.value.received}
        askOutcome={stage !== undefined}
        busy={write.busy}
        onRecord={(event) => void save(event)}
      />
    </>
  );
}
