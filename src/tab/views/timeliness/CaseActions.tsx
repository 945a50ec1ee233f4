import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Snapshot, Stored } from '../../../data/store';
import { dateInputHint, formatUkDate } from '../../../domain/format';
import type { CaseReference } from '../../../domain/primitives/brand';
import {
  actionKindLabels,
  actionKinds,
  actionStatusLabels,
  isOutstanding,
  isOverdue,
  type ActionKind,
  type LearningAction,
} from '../../../domain/records';
import { newCaseAction, nextActionId, type ActionDraftProblems } from '../../../services/addAction';
import { useTabEnvironment } from '../../TabContext';
import { WriteError } from '../../components/WriteError';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import { CompleteActionDialog } from '../../components/CompleteActionDialog';
import { usePanelSectionStyles } from './panelSectionStyles';

/** Remedies first: what was promised to the complainant is what the Code asks tracked. */
const kindsOffered: readonly ActionKind[] = [
  'individual_remedy',
  ...actionKinds.filter((k) => k !== 'individual_remedy'),
];

/**
 * The case's remedies and actions (Complaint Handling Code 6.6, 7.3): what will happen, who
 * does it and by when, each followed through to completion apart from the response, with the
 * form to add one. SharePoint decides who may write (officers and managers).
 */
export function CaseActions(props: {
  readonly snapshot: Snapshot;
  readonly reference: CaseReference;
}) {
  const { snapshot, reference } = props;
  const styles = usePanelSectionStyles();
  const { store, data, today } = useTabEnvironment();
  const mine = useMemo(
    () =>
      snapshot.actions
        .filter((a) => a.value.caseReference === reference)
        .sort((a, b) => (a.value.due < b.value.due ? -1 : a.value.due > b.value.due ? 1 : 0)),
    [snapshot.actions, reference],
  );
  const [kind, setKind] = useState<ActionKind>('individual_remedy');
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [problems, setProblems] = useState<ActionDraftProblems>({});
  const [note, setNote] = useState<string>();
  const [completing, setCompleting] = useState<Stored<LearningAction>>();
  // The id is fixed for this draft, so a retry after a lost answer finds its first write.
  const [id, setId] = useState(() =>
    nextActionId(
      reference,
      snapshot.actions.map((a) => a.value),
    ),
  );
  const write = useStoreWrite({ action: 'adding the action', record: 'this case’s actions' });
  const headingId = `case-actions-${reference}`;

  const add = async () => {
    setNote(undefined);
    const made = newCaseAction(reference, id, { kind, action: what, owner, due });
    setProblems(made.ok ? {} : made.error.problems);
    if (!made.ok) return;
    // A new action has no ETag: a retry whose first attempt landed gets that action back.
    const saved = await write.run(() => store.saveAction(made.value));
    if (!saved) return;
    data.apply((s) => ({ ...s, actions: upsert(s.actions, [saved]) }));
    setNote(`Added: ${saved.value.action}, by ${formatUkDate(saved.value.due)}.`);
    setWhat('');
    setDue('');
    setId(nextActionId(reference, [...snapshot.actions.map((a) => a.value), saved.value]));
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 className={styles.h3} id={headingId}>
        Remedies and actions
      </h3>
      {mine.length === 0 ? (
        <Text as="p">No remedy or action recorded for this case.</Text>
      ) : (
        <ul className={styles.list} aria-label={`Remedies and actions of case ${reference}`}>
          {mine.map((stored) => {
            const a = stored.value;
            const late = isOverdue(a, today);
            return (
              <li key={stored.itemId} className={styles.item}>
                {actionKindLabels[a.kind]}: {a.action}. {a.owner}, by {formatUkDate(a.due)}:{' '}
                {late ? 'overdue' : actionStatusLabels[a.status].toLowerCase()}
                {a.status === 'done' && a.completed ? ` ${formatUkDate(a.completed)}` : ''}.{' '}
                {isOutstanding(a.status) ? (
                  <Button
                    size="small"
                    onClick={() => setCompleting(stored)}
                    aria-label={`Mark done: ${a.action}`}
                  >
                    Mark done
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {completing ? (
        <CompleteActionDialog
          action={completing}
          today={today}
          onClose={() => setCompleting(undefined)}
        />
      ) : null}
      <WriteError failure={write.failure} onReload={() => void write.reload()} />
      <form
        aria-label="Add a remedy or action"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className={styles.fields}>
          <Field label="Kind">
            <Select value={kind} onChange={(_, d) => setKind(d.value as ActionKind)}>
              {kindsOffered.map((k) => (
                <option key={k} value={k}>
                  {actionKindLabels[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Who will do it" required validationMessage={problems.owner ?? null}>
            <Input value={owner} onChange={(_, d) => setOwner(d.value)} />
          </Field>
          <Field
            label="By when"
            required
            hint={dateInputHint(navigator.language)}
            validationMessage={problems.due ?? null}
          >
            <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
          </Field>
        </div>
        <Field label="What will be done" required validationMessage={problems.action ?? null}>
          <Textarea value={what} onChange={(_, d) => setWhat(d.value)} resize="vertical" />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" disabled={write.busy}>
            {write.busy ? 'Adding…' : 'Add remedy or action'}
          </Button>
          <Text role="status">{note ?? ''}</Text>
        </div>
      </form>
    </section>
  );
}
