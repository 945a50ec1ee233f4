import { Field, Select } from '@fluentui/react-components';

/**
 * A field choosing one code of a list by its label, with an optional empty choice first (the
 * case panel's and the Ombudsman and cost forms' code lists).
 */
export function CodeField<C extends string, V extends C | '' = C>(props: {
  readonly label: string;
  readonly validationMessage: string | null;
  readonly value: V;
  readonly codes: readonly C[];
  readonly labels: Readonly<Record<C, string>>;
  readonly empty?: string;
  readonly onChange: (value: V) => void;
}) {
  return (
    <Field label={props.label} validationMessage={props.validationMessage}>
      <Select value={props.value} onChange={(_, d) => props.onChange(d.value as V)}>
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.codes.map((code) => (
          <option key={code} value={code}>
            {props.labels[code]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
