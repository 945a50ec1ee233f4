import { useEffect, useState } from 'react';
import { useKeptState } from '../../data/viewMemory';
import type { FeedbackStore } from '../../../data/store';
import { narrativeOf } from '../../../domain/records';
import {
  emptyNarrative,
  type NarrativeTextKey,
  type ReportNarrative,
  type ReportProcedure,
} from '../../../domain/reporting';
import { curatedProblem } from './curatedExamples';
import type { NarrativeState } from './narrativeStatus';

interface Draft {
  readonly narrative: ReportNarrative;
  /** The ETag of the saved narrative this draft started from; none when none was saved. */
  readonly etag: string | undefined;
  readonly state: NarrativeState;
}

export interface NarrativeDrafts {
  readonly narrative: ReportNarrative;
  readonly state: NarrativeState;
  setText(key: NarrativeTextKey, text: string): void;
  /** Replaces the featured examples or the Ombudsman findings (the curated lists). */
  setCurated<K extends 'featured' | 'ombudsmanFindings'>(key: K, items: ReportNarrative[K]): void;
  /** Saves the draft; a colleague's save in between fails and keeps the draft. */
  save(): Promise<void>;
  /** Replaces the draft with the narrative saved to the site now. */
  reload(): void;
}

/**
 * The narrative drafts of the Annual report view, one per year and procedure (switching
 * year, procedure or view loses nothing typed; they are kept in memory only): each starts from the narrative saved to the site and is saved back
 * with the ETag it started from (docs/reports.md, Narrative).
 */
export function useNarrativeDrafts(
  store: FeedbackStore,
  year: string,
  procedure: ReportProcedure,
): NarrativeDrafts {
  const key = `${year}#${procedure}`;
  // Kept while other views are shown: a half-written narrative survives a look at the figures.
  const [drafts, setDrafts] = useKeptState<ReadonlyMap<string, Draft>>(
    'annual-report.narrative-drafts',
    () => new Map(),
  );
  const [reads, setReads] = useState(0);
  const draft = drafts.get(key);
  const update = (k: string, change: (before: Draft | undefined) => Draft | undefined) =>
    setDrafts((before) => {
      const next = new Map(before);
      const value = change(before.get(k));
      if (value === undefined) next.delete(k);
      else next.set(k, value);
      return next;
    });

  useEffect(() => {
    // Read once per draft; again only when the view was left while it was being read (that
    // read's answer went with the view).
    if (drafts.has(key) && drafts.get(key)?.state.kind !== 'loading') return;
    let current = true;
    update(key, () => ({
      narrative: emptyNarrative(),
      etag: undefined,
      state: { kind: 'loading' },
    }));
    void store.readNarrative(year, procedure).then((result) => {
      if (!current) return;
      update(key, (before) => {
        if (!result.ok) {
          const message = `The saved narrative could not be read: ${result.error.message}`;
          return {
            ...(before ?? { narrative: emptyNarrative(), etag: undefined }),
            state: { kind: 'failed', message },
          };
        }
        const saved = result.value;
        // Typed into while it was being read: keep the words, but not the ETag, so saving
        // them cannot replace a narrative the editor never saw.
        if (before !== undefined && before.state.kind !== 'loading') return before;
        return {
          narrative: saved === undefined ? emptyNarrative() : narrativeOf(saved.value),
          etag: saved?.etag,
          state: { kind: 'clean', saved: saved !== undefined },
        };
      });
    });
    return () => {
      current = false;
    };
    // `reads` re-reads after `reload`; drafts are checked, not depended on (typing must not re-read).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key, reads]);

  return {
    narrative: draft?.narrative ?? emptyNarrative(),
    state: draft?.state ?? { kind: 'loading' },
    setText: (field, text) =>
      update(key, (before) => ({
        narrative: { ...(before?.narrative ?? emptyNarrative()), [field]: text },
        etag: before?.etag,
        state: { kind: 'dirty' },
      })),
    setCurated: (field, items) =>
      update(key, (before) => ({
        narrative: { ...(before?.narrative ?? emptyNarrative()), [field]: items },
        etag: before?.etag,
        state: { kind: 'dirty' },
      })),
    async save() {
      if (draft === undefined || draft.state.kind === 'saving') return;
      const problem = curatedProblem(draft.narrative);
      if (problem !== undefined) {
        // Nothing is sent: the words stay on screen to be finished.
        update(
          key,
          (before) => before && { ...before, state: { kind: 'failed', message: problem } },
        );
        return;
      }
      const saving = key;
      update(saving, (before) => before && { ...before, state: { kind: 'saving' } });
      const result = await store.saveNarrative(
        { ...draft.narrative, schemaVersion: 1, year, procedure },
        draft.etag,
      );
      update(saving, (before) =>
        before === undefined
          ? before
          : result.ok
            ? {
                ...before,
                etag: result.value.etag,
                // Typed into while saving: what is on screen is newer than what was saved.
                state: before.state.kind === 'saving' ? { kind: 'saved' } : before.state,
              }
            : { ...before, state: { kind: 'failed', message: result.error.message } },
      );
    },
    reload() {
      update(key, () => undefined);
      setReads((n) => n + 1);
    },
  };
}
