import { Checkbox, Field, Input } from '@fluentui/react-components';
import type { Snapshot, Stored } from '../../../data/store';
import {
  refusalReasonLabels,
  refusalReasons,
  type Refusal,
  type RefusalReason,
} from '../../../domain/records';
import { CodeField } from '../../components/CodeField';
import { useTabEnvironment } from '../../TabContext';
import { FormFrame } from './FormFrame';
import { useRecordForm } from './useRecordForm';
import { LinkFields } from './LinkFields';
import {
  emptyRefusalForm,
  nextRefusalId,
  refusalFormOf,
  refusalFromForm,
  type RefusalForm as Form,
} from './refusalForm';

/**
 * Records a complaint the council did not accept, or edits one (`editing`): when it came and
 * when it was refused, the case or procedure and service, why, and whether the refusal told
 * the person of the Ombudsman. Saved over the version the form opened, as a cost is.
 */
export function RefusalForm(props: {
  readonly snapshot: Snapshot;
  readonly editing: Stored<Refusal> | undefined;
  readonly onDone: (saved?: Stored<Refusal>) => void;
}) {
  const { snapshot, editing, onDone } = props;
  const { store } = useTabEnvironment();
  const { form, change, problem, problems, write, save, reload } = useRecordForm<Form, Refusal>({
    snapshot,
    part: 'refusals',
    attempt: { action: 'saving the refusal', record: 'this refusal' },
    editing,
    initial: () => (editing ? refusalFormOf(editing.value) : emptyRefusalForm),
    check: (f, knownCases, refusals) =>
      refusalFromForm(
        f,
        editing?.value.id ??
          nextRefusalId(
            refusals.map((r) => r.value.id),
            f.refused,
          ),
        knownCases,
      ),
    save: (refusal, etag) => store.saveRefusal(refusal, etag),
    onDone,
  });
  const date = (field: 'received' | 'refused', label: string) => (
    <Field label={label} required validationMessage={problem(field)}>
      <Input type="date" value={form[field]} onChange={(_, d) => change({ [field]: d.value })} />
    </Field>
  );

  return (
    <FormFrame
      title={editing ? `Refusal ${editing.value.id}` : 'Record a refused complaint'}
      saveLabel="Save refusal"
      busy={write.busy}
      failure={write.failure}
      onReload={() => void reload()}
      onSave={() => void save()}
      onCancel={() => onDone()}
    >
      {date('received', 'Complaint received')}
      {date('refused', 'Refused on')}
      <LinkFields
        value={form}
        problems={problems}
        serviceAreas={snapshot.settings.serviceAreas}
        cases={snapshot.cases}
        onChange={change}
      />
      <CodeField<RefusalReason, RefusalReason | ''>
        label="Reason not accepted"
        validationMessage={problem('reason')}
        value={form.reason}
        codes={refusalReasons}
        labels={refusalReasonLabels}
        empty="Choose one"
        onChange={(reason) => change({ reason })}
      />
      {form.reason === 'other' ? (
        <Field label="Other reason" required validationMessage={problem('reasonOther')}>
          <Input value={form.reasonOther} onChange={(_, d) => change({ reasonOther: d.value })} />
        </Field>
      ) : null}
      <Checkbox
        label="The refusal told them they can go to the Ombudsman (or their other right of challenge)"
        checked={form.signposted}
        onChange={(_, d) => change({ signposted: d.checked === true })}
      />
    </FormFrame>
  );
}
