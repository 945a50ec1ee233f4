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
import type { FeedbackStore } from '../../../data/store';
import { storeCall } from '../../../services/storeCall';
import { explainWriteError } from '../../../services/writeErrors';
import { demandMeasures, type DemandFigure, type DemandMeasure } from '../../../domain/records';

const measureLabels: Record<DemandMeasure, string> = {
  referrals: 'Referrals',
  single_assessments: 'Single assessments',
  children_in_care: 'Children in care',
  child_protection_plans: 'Child protection plans',
  adult_active_cases: 'Adult social care active cases',
  children_active_cases: "Children's social care active cases",
  children_supported: 'Children supported in the year',
};

const useStyles = makeStyles({
  grid: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  field: { width: '12rem' },
});

/**
 * The demand figures of the chosen year (the denominators of "complaints as a share of
 * referrals"), edited and saved one figure per measure. Blank means "not entered".
 */
export function DemandEditor(props: {
  readonly year: string;
  readonly measures: Readonly<Record<DemandMeasure, number | null>>;
  /** The saved figures' versions (ETags) by measure, as loaded: a save is over these. */
  readonly versions: Readonly<Partial<Record<DemandMeasure, string>>>;
  readonly store: FeedbackStore;
  readonly onSaved: (figures: readonly DemandFigure[]) => void;
}) {
  const { year, measures, store, onSaved } = props;
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Partial<Record<DemandMeasure, string>>>({});
  const [busy, setBusy] = useState(false);
  // The versions this editor last saw: as loaded, then as its own saves left them.
  const [mine, setMine] = useState<Partial<Record<DemandMeasure, string>>>({});
  const versionOf = (m: DemandMeasure) => mine[m] ?? props.versions[m];
  const [message, setMessage] = useState<
    { intent: 'success' | 'error'; text: string } | undefined
  >();
  const valueOf = (m: DemandMeasure) =>
    drafts[m] ?? (measures[m] === null ? '' : String(measures[m]));
  const invalid = demandMeasures.filter(
    (m) => valueOf(m) !== '' && !/^\d{1,9}$/.test(valueOf(m).trim()),
  );

  const save = async () => {
    const changed = demandMeasures.filter(
      (m) => drafts[m] !== undefined && valueOf(m).trim() !== '',
    );
    if (invalid.length > 0 || changed.length === 0) return;
    setBusy(true);
    setMessage(undefined);
    const saved: DemandFigure[] = [];
    for (const measure of changed) {
      const figure: DemandFigure = {
        schemaVersion: 1,
        year,
        measure,
        value: Number(valueOf(measure).trim()),
      };
      const result = await storeCall(() =>
        store.saveDemandFigure(figure, { etag: versionOf(measure) }),
      );
      if (!result.ok) {
        const failure = explainWriteError(result.error, {
          action: `saving ${measureLabels[measure].toLowerCase()}`,
          record: 'these figures',
        });
        setMessage({ intent: 'error', text: `${failure.title}. ${failure.message}` });
        break;
      }
      setMine((v) => ({ ...v, [measure]: result.value.etag }));
      setDrafts((d) => {
        const rest = { ...d };
        delete rest[measure];
        return rest;
      });
      saved.push(figure);
    }
    setBusy(false);
    if (saved.length > 0) {
      onSaved(saved);
      if (saved.length === changed.length)
        setMessage({ intent: 'success', text: `Demand figures for ${year} saved.` });
    }
  };

  return (
    <>
      <div className={styles.grid}>
        {demandMeasures.map((measure) => (
          <Field
            key={measure}
            className={styles.field}
            label={`${measureLabels[measure]} in ${year}`}
            {...(invalid.includes(measure)
              ? { validationMessage: 'Enter a whole number, or leave it blank' }
              : {})}
          >
            <Input
              inputMode="numeric"
              value={valueOf(measure)}
              onChange={(_, data) => setDrafts((d) => ({ ...d, [measure]: data.value }))}
            />
          </Field>
        ))}
        <Button
          appearance="primary"
          disabled={busy || invalid.length > 0}
          onClick={() => void save()}
        >
          Save demand figures
        </Button>
      </div>
      {message ? (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
