import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FeedbackStore, StoreError } from '../../../data/store';
import {
  ombudsmanYearFigures,
  ombudsmanYearLabels,
  type OmbudsmanYearFigure,
} from '../../../domain/records';
import { storeCall } from '../../../services/storeCall';
import { explainWriteError } from '../../../services/writeErrors';
import { WriteError } from '../../components/WriteError';
import { ombudsmanYearFormOf, ombudsmanYearFromForm } from './ombudsmanYearForm';
import type { OmbudsmanYearsState } from './useOmbudsmanYears';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14em), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignItems: 'end',
  },
});

/**
 * The Ombudsman's figures for the council in the chosen year, from its annual letter: entered
 * once a year by the complaints manager, saved over the version shown (If-Match). After a
 * colleague's save the typing stays; Reload reads theirs and this save then replaces it.
 * Anyone else sees them read-only.
 */
export function OmbudsmanYearEditor(props: {
  readonly year: string;
  readonly figures: OmbudsmanYearsState;
  readonly store: FeedbackStore;
  readonly mayChange: boolean;
}) {
  const { year, figures, store, mayChange } = props;
  const styles = useStyles();
  const stored = figures.byYear[year];
  const [drafts, setDrafts] = useState<Partial<Record<OmbudsmanYearFigure, string>>>({});
  const [problems, setProblems] = useState<Partial<Record<OmbudsmanYearFigure, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError>();
  const [done, setDone] = useState(false);
  const form = { ...ombudsmanYearFormOf(stored?.value), ...drafts };

  const save = async () => {
    const checked = ombudsmanYearFromForm(year, form);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    setError(undefined);
    setDone(false);
    const result = await storeCall(() =>
      store.saveOmbudsmanYear(checked.value, { etag: stored?.etag }),
    );
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    figures.saved(result.value);
    setDrafts({});
    setDone(true);
  };

  if (!figures.loaded) return <p>Reading the Ombudsman&rsquo;s figures…</p>;
  return (
    <form
      aria-label={`The Ombudsman's figures for ${year}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy && mayChange) void save();
      }}
    >
      {figures.failure ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            The Ombudsman&rsquo;s figures could not be read, so the report shows none:{' '}
            {figures.failure.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <WriteError
        failure={
          error
            ? explainWriteError(error, {
                action: "saving the Ombudsman's figures",
                record: `the Ombudsman's figures for ${year}`,
              })
            : undefined
        }
        onReload={() => {
          setError(undefined);
          void figures.reload();
        }}
      />
      <div className={styles.grid}>
        {ombudsmanYearFigures.map((figure) => (
          <Field
            key={figure}
            label={`${ombudsmanYearLabels[figure]} in ${year}`}
            validationMessage={problems[figure] ?? null}
          >
            <Input
              inputMode="decimal"
              value={form[figure]}
              readOnly={!mayChange}
              onChange={(_, d) => {
                setDone(false);
                setDrafts((before) => ({ ...before, [figure]: d.value }));
              }}
            />
          </Field>
        ))}
        {mayChange ? (
          <div>
            <Button appearance="primary" type="submit" disabled={busy}>
              Save the Ombudsman&rsquo;s figures
            </Button>
          </div>
        ) : null}
      </div>
      {done ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>The Ombudsman&rsquo;s figures for {year} saved.</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
