import { useMemo, useState } from 'react';
import type { Snapshot, StoreResult, Stored } from '../../../data/store';
import type { WriteAttempt } from '../../../services/writeErrors';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import type { FormOutcome, FormProblems } from './recordForms';

/** The manager-only records these forms write, each a part of the snapshot. */
type RecordPart = 'ombudsman' | 'costs' | 'refusals';

/**
 * What every record form in this view shares: what is typed, its problems, the version it
 * opened (saved over with If-Match, so a colleague's save in between is the one conflict
 * message), the save folded into the tab's data, and Reload taking the colleague's version
 * as the one the next save replaces. Each form keeps only its fields and its rule (`check`).
 */
export function useRecordForm<F extends object, T>(options: {
  readonly snapshot: Snapshot;
  readonly part: RecordPart;
  readonly attempt: WriteAttempt;
  readonly editing: Stored<T> | undefined;
  readonly initial: F | (() => F);
  /** The form's rule; `current` is the part as loaded now (a new record's id follows it). */
  readonly check: (
    form: F,
    knownCases: ReadonlySet<string>,
    current: readonly Stored<T>[],
  ) => FormOutcome<T, F>;
  readonly save: (record: T, etag: string | undefined) => StoreResult<Stored<T>>;
  readonly onDone: (saved?: Stored<T>) => void;
}) {
  const { snapshot, part, editing, check, onDone } = options;
  const { data } = useTabEnvironment();
  const write = useStoreWrite(options.attempt);
  const [form, setForm] = useState<F>(options.initial);
  const [etag, setEtag] = useState(editing?.etag);
  const [problems, setProblems] = useState<FormProblems<F>>({});
  const knownCases = useMemo(
    () => new Set(snapshot.cases.map((c) => c.value.reference as string)),
    [snapshot.cases],
  );
  const recordsOf = (s: Snapshot) => s[part] as unknown as readonly Stored<T>[];

  const save = async () => {
    const checked = check(form, knownCases, recordsOf(data.getState().snapshot ?? snapshot));
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    const saved = await write.run(() => options.save(checked.value, etag));
    if (!saved) return;
    data.apply((s) => ({ ...s, [part]: upsert(recordsOf(s), [saved]) }));
    onDone(saved);
  };

  const reload = async () => {
    await write.reload();
    const now = data.getState().snapshot;
    const current = now && recordsOf(now).find((r) => r.itemId === editing?.itemId);
    setEtag(current?.etag ?? etag);
  };

  return {
    form,
    change: (patch: Partial<F>) => setForm((f) => ({ ...f, ...patch })),
    problems,
    problem: (field: keyof F) => problems[field] ?? null,
    write,
    save,
    reload,
  };
}
