import { useEffect, useState } from 'react';
import type { FeedbackStore } from '../../../data/store';
import type { EqualityMonitoring } from '../../../domain/records';
import { storeCall } from '../../../services/storeCall';

/**
 * Every case's equality monitoring answers, read once when the Annual report opens, for its
 * aggregate tables: undefined until read, and for anyone SharePoint does not let read them
 * (the report then says it was made without them). Held in memory only, never kept.
 */
export function useEqualityAnswers(
  store: FeedbackStore,
): readonly EqualityMonitoring[] | undefined {
  const [answers, setAnswers] = useState<readonly EqualityMonitoring[]>();
  useEffect(() => {
    let live = true;
    void storeCall(() => store.readAllEquality()).then((result) => {
      if (live && result.ok) setAnswers(result.value);
    });
    return () => {
      live = false;
    };
  }, [store]);
  return answers;
}
