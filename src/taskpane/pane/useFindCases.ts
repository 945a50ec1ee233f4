import { useCallback, useRef, useState } from 'react';
import type { CaseFile, FeedbackStore } from '../../data/store';
import { readCaseQuery } from '../../domain/records';
import { storeCall } from '../../services/storeCall';
import { foundSentence } from '../model/foundCases';

export interface FoundCases {
  /** What the last look-up found (any case, open or closed); undefined before one. */
  readonly found?: readonly CaseFile[];
  /** What was found, in a sentence (foundSentence). */
  readonly said?: string;
  /** True while a look-up is under way. */
  readonly finding?: boolean;
  /** Why nothing could be looked up: not a reference, surname or address, or the store failed. */
  readonly problem?: string;
}

/**
 * The pane's "Find a case": what the officer typed is read by `readCaseQuery` (a reference, a
 * surname or an address) and looked up in the store. One look-up at a time: a later one wins
 * over an answer still on its way.
 */
export function useFindCases(store: FeedbackStore): FoundCases & { find: (typed: string) => void } {
  const [state, setState] = useState<FoundCases>({});
  const lookups = useRef(0);
  const find = useCallback(
    (typed: string) => {
      const mine = ++lookups.current;
      const query = readCaseQuery(typed);
      if (query.kind === 'problem') {
        setState({ problem: query.problem });
        return;
      }
      setState({ finding: true });
      void storeCall(() => store.findCases(query)).then((result) => {
        if (mine !== lookups.current) return;
        setState(
          result.ok
            ? { found: result.value, said: foundSentence(query, typed, result.value.length) }
            : { problem: result.error.message },
        );
      });
    },
    [store],
  );
  return { ...state, find };
}
