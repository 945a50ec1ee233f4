import { Field, Input, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Snapshot, Stored } from '../../../data/store';
import { costTypeLabels, costTypes, type Cost, type CostType } from '../../../domain/records';
import { CodeField } from '../../components/CodeField';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import { FormFrame } from './FormFrame';
import { LinkFields } from './LinkFields';
import {
  costFormOf,
  costFromForm,
  emptyCostForm,
  nextCostId,
  type CostForm as Form,
  type FormProblems,
} from './recordForms';

/**
 * Records a new cost, or edits one (`editing`): date, kind, amount, the case it was spent on
 * or the procedure it counts in, the service area and a note. Saved over the version the form
 * opened, as the Ombudsman form is.
 */
export function CostForm(props: {
  readonly snapshot: Snapshot;
  readonly editing: Stored<Cost> | undefined;
  readonly onDone: (saved?: Stored<Cost>) => void;
}) {
  const { snapshot, editing, onDone } = props;
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite({ action: 'saving the cost', record: 'this cost' });
  const [form, setForm] = useState<Form>(() =>
    editing ? costFormOf(editing.value) : emptyCostForm,
  );
  const [etag, setEtag] = useState(editing?.etag);
  const [problems, setProblems] = useState<FormProblems<Form>>({});
  const knownCases = useMemo(
    () => new Set(snapshot.cases.map((c) => c.value.reference as string)),
    [snapshot.cases],
  );
  const change = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const problem = (field: keyof Form) => problems[field] ?? null;

  const save = async () => {
    const id =
      editing?.value.id ??
      nextCostId(
        (data.getState().snapshot ?? snapshot).costs.map((c) => c.value.id),
        form.date || '0000',
      );
    const checked = costFromForm(form, id, knownCases);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    const saved = await write.run(() => store.saveCost(checked.value, etag));
    if (!saved) return;
    data.apply((s) => ({ ...s, costs: upsert(s.costs, [saved]) }));
    onDone(saved);
  };

  const reload = async () => {
    await write.reload();
    const now = data.getState().snapshot?.costs.find((c) => c.itemId === editing?.itemId);
    setEtag(now?.etag ?? etag);
  };

  return (
    <FormFrame
      title={editing ? `Cost ${editing.value.id}` : 'Record a cost'}
      saveLabel="Save cost"
      busy={write.busy}
      failure={write.failure}
      onReload={() => void reload()}
      onSave={() => void save()}
      onCancel={() => onDone()}
    >
      <Field label="Date" required validationMessage={problem('date')}>
        <Input type="date" value={form.date} onChange={(_, d) => change({ date: d.value })} />
      </Field>
      <CodeField<CostType, CostType | ''>
        label="Kind of cost"
        validationMessage={problem('type')}
        value={form.type}
        codes={costTypes}
        labels={costTypeLabels}
        empty="Choose one"
        onChange={(type) => change({ type })}
      />
      <Field label="Amount (£)" required validationMessage={problem('amount')}>
        <Input
          inputMode="decimal"
          value={form.amount}
          onChange={(_, d) => change({ amount: d.value })}
        />
      </Field>
      <LinkFields
        value={form}
        problems={problems}
        serviceAreas={snapshot.settings.serviceAreas}
        onChange={change}
      />
      <Field label="Note" validationMessage={problem('note')}>
        <Textarea
          value={form.note}
          resize="vertical"
          onChange={(_, d) => change({ note: d.value })}
        />
      </Field>
    </FormFrame>
  );
}
