import type { CaseFile, FeedbackStore } from '../data/store';
import type { IsoDate } from '../domain/primitives/brand';
import { storeCall } from './storeCall';

/** The case as it is after the attempt, and a note when the pause could not be recorded. */
export interface Paused {
  readonly file: CaseFile;
  readonly note?: string;
}

/**
 * A complaint raising a safeguarding concern is paused from `from` while the front door deals
 * with it (docs/domain.md). Only complaints have a clock to pause; a stage already paused is
 * left alone. The case is saved already, so a failure here is a note, never a failed save.
 */
export async function pauseForSafeguarding(
  store: FeedbackStore,
  file: CaseFile,
  from: IsoDate,
): Promise<Paused> {
  const stage = file.stages.at(-1);
  const running = stage?.value.pauses.some((p) => p.from !== undefined && p.to === undefined);
  if (file.case.value.type !== 'complaint' || !stage || running) return { file };
  const paused = await storeCall(() =>
    store.recordStageEvent(
      file.case.value.reference,
      stage.value.number,
      { kind: 'pause_started', from, reason: 'safeguarding_enquiry' },
      stage.etag,
    ),
  );
  return paused.ok
    ? { file: paused.value }
    : {
        file,
        note: `The complaint could not be paused for the safeguarding referral: ${paused.error.message}`,
      };
}
