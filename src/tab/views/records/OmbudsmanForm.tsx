import {
  Checkbox,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { Snapshot, Stored } from '../../../data/store';
import {
  ombudsmanDecisionLabels,
  ombudsmanDecisions,
  remedyTypeLabels,
  remedyTypes,
  type OmbudsmanCase,
  type OmbudsmanDecision,
} from '../../../domain/records';
import { CodeField } from '../../components/CodeField';
import { useTabEnvironment } from '../../TabContext';
import { FormFrame } from './FormFrame';
import { useRecordForm } from './useRecordForm';
import { LinkFields } from './LinkFields';
import {
  emptyOmbudsmanForm,
  ombudsmanFormOf,
  ombudsmanFromForm,
  type OmbudsmanForm as Form,
} from './recordForms';

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * Records a new Ombudsman case, or edits one (`editing`): its link or procedure and service
 * area, the decision, fault causing injustice, remedies with the payment, and compliance. A
 * save is over the version the form opened (If-Match); after a colleague's save the typing
 * stays, and Reload takes their version as the one this save replaces.
 */
export function OmbudsmanForm(props: {
  readonly snapshot: Snapshot;
  readonly editing: Stored<OmbudsmanCase> | undefined;
  readonly onDone: (saved?: Stored<OmbudsmanCase>) => void;
}) {
  const { snapshot, editing, onDone } = props;
  const { store } = useTabEnvironment();
  const styles = useStyles();
  const remediesProblem = useId();
  const { form, change, problem, problems, write, save, reload } = useRecordForm<
    Form,
    OmbudsmanCase
  >({
    snapshot,
    part: 'ombudsman',
    attempt: { action: 'saving the Ombudsman case', record: 'this Ombudsman case' },
    editing,
    initial: () => (editing ? ombudsmanFormOf(editing.value) : emptyOmbudsmanForm),
    check: (f, knownCases) => ombudsmanFromForm(f, knownCases),
    save: (record, etag) => store.saveOmbudsmanCase(record, etag),
    onDone,
  });

  const date = (field: 'received' | 'decided' | 'complianceDue' | 'complied', label: string) => (
    <Field label={label} validationMessage={problem(field)} required={field === 'received'}>
      <Input type="date" value={form[field]} onChange={(_, d) => change({ [field]: d.value })} />
    </Field>
  );

  return (
    <FormFrame
      title={editing ? `Ombudsman case ${editing.value.reference}` : 'Record an Ombudsman case'}
      saveLabel="Save Ombudsman case"
      busy={write.busy}
      failure={write.failure}
      onReload={() => void reload()}
      onSave={() => void save()}
      onCancel={() => onDone()}
    >
      <Field label="Ombudsman reference" required validationMessage={problem('reference')}>
        <Input
          value={form.reference}
          readOnly={editing !== undefined}
          onChange={(_, d) => change({ reference: d.value })}
        />
      </Field>
      <LinkFields
        value={form}
        problems={problems}
        serviceAreas={snapshot.settings.serviceAreas}
        cases={snapshot.cases}
        onChange={change}
      />
      {date('received', 'Received by the Ombudsman')}
      {date('decided', 'Decided')}
      <CodeField<OmbudsmanDecision, OmbudsmanDecision | ''>
        label="Decision"
        validationMessage={problem('decision')}
        value={form.decision}
        codes={ombudsmanDecisions}
        labels={ombudsmanDecisionLabels}
        empty="Not decided yet"
        onChange={(decision) => change({ decision })}
      />
      {form.decision === 'upheld' ? (
        <Checkbox
          label="Fault causing injustice"
          checked={form.injustice}
          onChange={(_, d) => change({ injustice: d.checked === true })}
        />
      ) : null}
      {form.decision !== '' ? (
        <Checkbox
          label="Issued as a public report"
          checked={form.publicReport}
          onChange={(_, d) => change({ publicReport: d.checked === true })}
        />
      ) : null}
      <fieldset className={styles.fieldset} aria-describedby={remediesProblem}>
        <legend>Remedies</legend>
        {remedyTypes.map((remedy) => (
          <Checkbox
            key={remedy}
            label={remedyTypeLabels[remedy]}
            checked={form.remedyTypes.includes(remedy)}
            onChange={(_, d) =>
              change({
                remedyTypes:
                  d.checked === true
                    ? [...new Set([...form.remedyTypes, remedy])]
                    : form.remedyTypes.filter((r) => r !== remedy),
              })
            }
          />
        ))}
        {problems.remedyTypes ? (
          <Text id={remediesProblem} className={styles.problem}>
            {problems.remedyTypes}
          </Text>
        ) : null}
      </fieldset>
      <Field
        label="Payment (£)"
        hint="The amount the Ombudsman asked the council to pay."
        validationMessage={problem('remedyAmount')}
      >
        <Input
          inputMode="decimal"
          value={form.remedyAmount}
          onChange={(_, d) => change({ remedyAmount: d.value })}
        />
      </Field>
      {date('complianceDue', 'Compliance due')}
      {date('complied', 'Complied on')}
      <Field
        label="Finding of non-compliance with the Complaint Handling Code"
        hint="What the Ombudsman found the council did not do as the Code requires, in short. Leave blank when it found nothing."
        validationMessage={problem('codeNonCompliance')}
      >
        <Textarea
          value={form.codeNonCompliance}
          onChange={(_, d) => change({ codeNonCompliance: d.value })}
        />
      </Field>
    </FormFrame>
  );
}
