import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Snapshot, Stored } from '../../../data/store';
import {
  refusalReasonLabels,
  refusalReasons,
  type Refusal,
  type RefusalReason,
} from '../../../domain/records';
import { CodeField } from '../../components/CodeField';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import { FormFrame } from './FormFrame';
import { LinkFields } from './LinkFields';
import type { FormProblems } from './recordForms';
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
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite({ action: 'saving the refusal', record: 'this refusal' });
  const [form, setForm] = useState<Form>(() =>
    editing ? refusalFormOf(editing.value) : emptyRefusalForm,
  );
  const [etag, setEtag] = useState(editing?.etag);
  const [problems, setProblems] = useState<FormProblems<Form>>({});
  const knownCases = useMemo(
    () => new Set(snapshot.cases.map((c) => c.value.reference as string)),
    [snapshot.cases],
  );
  const change = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const problem = (field: keyof Form) => problems[field] ?? null;
  const date = (field: 'received' | 'refused', label: string) => (
    <Field label={label} required validationMessage={problem(field)}>
      <Input type="date" value={form[field]} onChange={(_, d) => change({ [field]: d.value })} />
    </Field>
  );

  const save = async () => {
    const id =
      editing?.value.id ??
      nextRefusalId(
        (data.getState().snapshot ?? snapshot).refusals.map((r) => r.value.id),
        form.refused,
      );
    const checked = refusalFromForm(form, id, knownCases);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    const saved = await write.run(() => store.saveRefusal(checked.value, etag));
    if (!saved) return;
    data.apply((s) => ({ ...s, refusals: upsert(s.refusals, [saved]) }));
    onDone(saved);
  };

  const reload = async () => {
    await write.reload();
    const now = data.getState().snapshot?.refusals.find((r) => r.itemId === editing?.itemId);
    setEtag(now?.etag ?? etag);
  };

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
