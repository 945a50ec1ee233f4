import { useMemo, useState } from 'react';
import type { CouncilSettings } from '../../../domain/records';
import {
  formFromSettings,
  rebaseForm,
  settingsFromForm,
  type SettingsForm,
  type SettingsProblems,
} from './settingsForm';

/** The Settings form's state: what is typed, its problems after a save attempt, and dirtiness. */
export function useSettingsForm(settings: CouncilSettings) {
  const initial = useMemo(() => formFromSettings(settings), [settings]);
  const [form, setForm] = useState<SettingsForm>(initial);
  const [base, setBase] = useState(initial);
  if (base !== initial) {
    // Newer settings arrived (a reload after a conflict): keep what the user typed, take the rest.
    setBase(initial);
    setForm((f) => rebaseForm(f, base, initial));
  }
  const [problems, setProblems] = useState<SettingsProblems>({});
  const update = (change: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...change }));
  const validate = () => {
    const result = settingsFromForm(form, settings);
    setProblems(result.ok ? {} : result.problems);
    return result.ok ? result.settings : undefined;
  };
  return {
    form,
    update,
    problems,
    validate,
    dirty: form !== initial,
    reset: () => setForm(initial),
  };
}
