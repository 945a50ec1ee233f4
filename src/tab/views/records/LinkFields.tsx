import { Field, Input, Select } from '@fluentui/react-components';
import { procedureLabels, procedures, type Procedure } from '../../../domain/records';
import { CodeField } from '../../components/CodeField';

/**
 * Where a record counts: the case it is about, or, not linked, the procedure it counts in
 * (docs/reports.md, Ombudsman and Costs), and the service area as the council names them.
 */
export function LinkFields(props: {
  readonly value: { caseReference: string; procedure: Procedure | ''; serviceArea: string };
  readonly problems: {
    caseReference?: string | undefined;
    procedure?: string | undefined;
    serviceArea?: string | undefined;
  };
  readonly serviceAreas: readonly string[];
  readonly onChange: (
    patch: Partial<{ caseReference: string; procedure: Procedure | ''; serviceArea: string }>,
  ) => void;
}) {
  const { value, problems, onChange } = props;
  // A service area no longer in Settings stays choosable on a record that has it.
  const areas =
    value.serviceArea && !props.serviceAreas.includes(value.serviceArea)
      ? [...props.serviceAreas, value.serviceArea]
      : props.serviceAreas;
  return (
    <>
      <Field
        label="Case reference (if linked to a case)"
        hint="Leave blank when it is not about one of our cases."
        validationMessage={problems.caseReference ?? null}
      >
        <Input
          value={value.caseReference}
          onChange={(_, d) => onChange({ caseReference: d.value })}
        />
      </Field>
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
