import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Stored } from '../../../data/store';
import type { CaseReference } from '../../../domain/primitives/brand';
import {
  answersNothing,
  equalityAnswerLabels,
  equalityQuestionKeys,
  equalityQuestionLabels,
  type EqualityMonitoring,
  type EqualityQuestion,
} from '../../../domain/records';
import { storeCall } from '../../../services/storeCall';
import { useTabEnvironment } from '../../TabContext';
import { WriteError } from '../../components/WriteError';
import { mayRecordAsManager } from '../../data/managerRights';
import { useSiteRoles } from '../../data/useSiteRoles';
import { useStoreWrite } from '../../data/useStoreWrite';
import { usePanelSectionStyles } from './panelSectionStyles';

type Answers = Partial<Record<EqualityQuestion, string>>;

const answersOf = (stored: Stored<EqualityMonitoring> | undefined): Answers =>
  Object.fromEntries(
    equalityQuestionKeys.flatMap((q) => (stored?.value[q] ? [[q, stored.value[q]]] : [])),
  );

/** The record the answers make: a question left at "not asked" is left out, not blank. */
const recordOf = (reference: CaseReference, answers: Answers): EqualityMonitoring =>
  ({
    schemaVersion: 1,
    caseReference: reference,
    ...Object.fromEntries(
      equalityQuestionKeys.flatMap((q) => (answers[q] ? [[q, answers[q]]] : [])),
    ),
  }) as EqualityMonitoring;

type Read =
  | { readonly state: 'reading' | 'hidden' | 'failed' }
  | { readonly state: 'read'; readonly stored: Stored<EqualityMonitoring> | undefined };

/**
 * The complainant's equality monitoring answers, for complaints managers only (docs/domain.md,
 * "Equality monitoring"). Kept in a list of its own that SharePoint lets nobody else open, so
 * for anyone else the store says `forbidden` and nothing is shown; for a person whose groups
 * say they are not a complaints manager it is not even asked for. Read when the case opens,
 * held in memory only.
 */
export function EqualityMonitoringForm(props: { readonly reference: CaseReference }) {
  const { reference } = props;
  const styles = usePanelSectionStyles();
  const { store } = useTabEnvironment();
  const asked = mayRecordAsManager(useSiteRoles());
  const [read, setRead] = useState<Read>({ state: 'reading' });
  const [answers, setAnswers] = useState<Answers>({});
  const [note, setNote] = useState<string>();
  const write = useStoreWrite({
    action: 'saving the equality monitoring',
    record: 'these answers',
  });

  /** Reads the saved answers; after a colleague's save (412) the typing is kept over theirs. */
  const load = useCallback(
    async (keepTyping = false) => {
      const result = await storeCall(() => store.readEquality(reference));
      if (result.ok) {
        setRead({ state: 'read', stored: result.value });
        if (!keepTyping) setAnswers(answersOf(result.value));
      } else setRead({ state: result.error.code === 'forbidden' ? 'hidden' : 'failed' });
    },
    [store, reference],
  );

  useEffect(() => {
    if (!asked) return;
    void load();
  }, [asked, load]);

  const headingId = `equality-heading-${reference}`;
  if (!asked || read.state !== 'read') {
    if (!asked || read.state !== 'failed') return null;
    return (
      <section aria-labelledby={headingId}>
        <h3 className={styles.h3} id={headingId}>
          Equality monitoring
        </h3>
        <Text>The equality monitoring answers could not be read just now.</Text>
      </section>
    );
  }

  const { stored } = read;
  const save = async () => {
    setNote(undefined);
    const record = recordOf(reference, answers);
    if (!stored && answersNothing(record)) {
      setNote('Nothing to save: no question has an answer.');
      return;
    }
    const saved = await write.run(() => store.saveEquality(record, stored?.etag));
    if (saved) {
      setRead({ state: 'read', stored: saved });
      setNote('Equality monitoring saved.');
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 className={styles.h3} id={headingId}>
        Equality monitoring
      </h3>
      <Text as="p">
        Complaints managers only: kept apart from the case, so officers handling it never see it.
        Record only what the person chose to tell the council; “Prefer not to say” is an answer.
      </Text>
      <WriteError
        failure={write.failure}
        onReload={() => {
          write.clearError();
          void load(true).then(() =>
            setNote('Reloaded. Your choices are kept: save again to replace your colleague’s.'),
          );
        }}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className={styles.fields}>
          {equalityQuestionKeys.map((q) => (
            <Field key={q} label={equalityQuestionLabels[q]}>
              <Select
                value={answers[q] ?? ''}
                onChange={(_, d) => setAnswers((a) => ({ ...a, [q]: d.value || undefined }))}
              >
                <option value="">Not asked or not answered</option>
                {Object.entries(equalityAnswerLabels[q]).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
        <div className={styles.actions}>
          <Button type="submit" disabled={write.busy}>
            {write.busy ? 'Saving…' : 'Save equality monitoring'}
          </Button>
          <Text role="status">{note ?? ''}</Text>
        </div>
      </form>
    </section>
  );
}
