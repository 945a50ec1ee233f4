import { useId, useMemo } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import {
  procedureLabels,
  procedures,
  type FeedbackCase,
  type Procedure,
} from '../../../domain/records';
import { CodeField } from '../../components/CodeField';
import { caseInWords, caseSuggestions } from './caseSuggestions';

/**
 * Where a record counts: the case it is about, or, not linked, the procedure it counts in
 * (docs/reports.md, Ombudsman and Costs), and the service area as the council names them.
 * The case box offers the references that contain what is typed (the browser's own list,
 * keyboard and screen reader included) and says which case the reference names.
 */
export function LinkFields(props: {
  readonly value: { caseReference: string; procedure: Procedure | ''; serviceArea: string };
  readonly problems: {
    caseReference?: string | undefined;
    procedure?: string | undefined;
    serviceArea?: string | undefined;
  };
  readonly serviceAreas: readonly string[];
  /** The cases a reference may name (the tab's loaded lists). */
  readonly cases: readonly { readonly value: FeedbackCase }[];
  readonly onChange: (
    patch: Partial<{ caseReference: string; procedure: Procedure | ''; serviceArea: string }>,
  ) => void;
}) {
  const { value, problems, onChange } = props;
  const listId = useId();
  const cases = useMemo(() => props.cases.map((c) => c.value), [props.cases]);
  const offered = useMemo(
    () => caseSuggestions(cases, value.caseReference),
    [cases, value.caseReference],
  );
  const named = caseInWords(cases, value.caseReference);
  // A service area no longer in Settings stays choosable on a record that has it.
  const areas =
    value.serviceArea && !props.serviceAreas.includes(value.serviceArea)
      ? [...props.serviceAreas, value.serviceArea]
      : props.serviceAreas;
  return (
    <>
      <Field
        label="Case reference (if linked to a case)"
        hint={
          named ??
          'Type part of it to choose from the cases; leave blank when it is not about one of our cases.'
        }
        validationMessage={problems.caseReference ?? null}
      >
        <Input
          value={value.caseReference}
          list={listId}
          autoComplete="off"
          onChange={(_, d) => onChange({ caseReference: d.value })}
        />
      </Field>
      <datalist id={listId}>
        {offered.map((reference) => (
          <option key={reference} value={reference} />
        ))}
      </datalist>
      <CodeField<Procedure, Procedure | ''>
        label="Procedure"
        validationMessage={problems.procedure ?? null}
        value={value.procedure}
        codes={procedures}
        labels={procedureLabels}
        empty="The linked case's procedure"
        onChange={(procedure) => onChange({ procedure })}
      />
      <Field label="Service area" validationMessage={problems.serviceArea ?? null}>
        <Select value={value.serviceArea} onChange={(_, d) => onChange({ serviceArea: d.value })}>
          <option value="">Not recorded</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
