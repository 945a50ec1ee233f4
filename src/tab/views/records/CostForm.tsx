import { Field, Input, Textarea } from '@fluentui/react-components';
import type { Snapshot, Stored } from '../../../data/store';
import { costTypeLabels, costTypes, type Cost, type CostType } from '../../../domain/records';
import { CodeField } from '../../components/CodeField';
import { useTabEnvironment } from '../../TabContext';
import { FormFrame } from './FormFrame';
import { useRecordForm } from './useRecordForm';
import { LinkFields } from './LinkFields';
import {
  costFormOf,
  costFromForm,
  emptyCostForm,
  nextCostId,
  type CostForm as Form,
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
  const { store } = useTabEnvironment();
  const { form, change, problem, problems, write, save, reload } = useRecordForm<Form, Cost>({
    snapshot,
    part: 'costs',
    attempt: { action: 'saving the cost', record: 'this cost' },
    editing,
    initial: () => (editing ? costFormOf(editing.value) : emptyCostForm),
    check: (f, knownCases, costs) =>
      costFromForm(
        f,
        editing?.value.id ??
          nextCostId(
            costs.map((c) => c.value.id),
            f.date || '0000',
          ),
        knownCases,
      ),
    save: (cost, etag) => store.saveCost(cost, etag),
    onDone,
  });

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
        cases={snapshot.cases}
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
