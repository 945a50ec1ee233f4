import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  MAX_PARTS,
  partFindingLabels,
  partFindings,
  type PartFinding,
} from '../../../domain/records';
import type { PartForm } from './caseForm';

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalS,
  },
});

/**
 * The parts of a complaint about more than one thing, each with its service area and, once
 * answered, its finding. None for a complaint in one part; adding the first part starts two
 * (the case's own service area first), since one part says no more than the case does.
 */
export function CasePartsFields(props: {
  readonly parts: readonly PartForm[];
  readonly serviceArea: string;
  readonly areas: readonly string[];
  readonly problem: string | null;
  readonly onChange: (parts: readonly PartForm[]) => void;
}) {
  const { parts, serviceArea, areas, problem, onChange } = props;
  const styles = useStyles();
  const change = (i: number, next: Partial<PartForm>) =>
    onChange(parts.map((part, j) => (j === i ? { ...part, ...next } : part)));
  const add = () =>
    onChange(
      parts.length === 0
        ? [
            { serviceArea, finding: '' },
            { serviceArea: '', finding: '' },
          ]
        : [...parts, { serviceArea: '', finding: '' }],
    );
  return (
    <fieldset className={styles.fieldset}>
      <legend>Parts: when the complaint is about more than one thing</legend>
      {parts.length === 0 ? <Text as="p">A complaint in one part.</Text> : null}
      {parts.map((part, i) => (
        <div key={i} className={styles.row}>
          <Field label={`Part ${i + 1}: service area`}>
            <Select
              value={part.serviceArea}
              onChange={(_, d) => change(i, { serviceArea: d.value })}
            >
              <option value="">Choose a service area</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={`Part ${i + 1}: finding`}>
            <Select
              value={part.finding}
              onChange={(_, d) => change(i, { finding: d.value as PartFinding | '' })}
            >
              <option value="">Not yet found</option>
              {partFindings.map((f) => (
                <option key={f} value={f}>
                  {partFindingLabels[f]}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => onChange(parts.filter((_, j) => j !== i))}>
            Remove part {i + 1}
          </Button>
        </div>
      ))}
      {problem ? (
        <Text role="alert" as="p">
          {problem}
        </Text>
      ) : null}
      <Button onClick={add} disabled={parts.length >= MAX_PARTS}>
        Add a part
      </Button>
    </fieldset>
  );
}
