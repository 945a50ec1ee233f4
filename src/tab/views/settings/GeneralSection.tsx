import { Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { causeLabels, type Nation } from '../../../domain/records';
import { ViewSection } from '../../components/ViewSection';
import type { SettingsForm, SettingsSectionProps } from './settingsForm';

const nationLabels: Record<Nation, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const clockStartLabels: Record<SettingsForm['childrenStage2ClockStart'], string> = {
  request: 'The Stage 2 request (the Ombudsman’s reading)',
  statement_agreed: 'The agreed statement of complaint',
};

/**
 * A choice from a list, or, for someone who may not change it, the chosen option's words in a
 * read-only box: a select has no read-only state, and a disabled one is skipped by the keyboard
 * and often not read out.
 */
function Choice<T extends string>(props: {
  readonly value: T;
  readonly labels: Readonly<Record<T, string>>;
  readonly readOnly: boolean;
  readonly onChange: (value: T) => void;
}) {
  const { value, labels, readOnly, onChange, ...fieldProps } = props;
  if (readOnly) return <Input {...fieldProps} readOnly value={labels[value]} />;
  return (
    <Select {...fieldProps} value={value} onChange={(_, d) => onChange(d.value as T)}>
      {(Object.keys(labels) as T[]).map((key) => (
        <option key={key} value={key}>
          {labels[key]}
        </option>
      ))}
    </Select>
  );
}

/** The council, its calendar and its clock choices. */
export function GeneralSection({ form, problems, update, readOnly }: SettingsSectionProps) {
  return (
    <ViewSection title="Council" id="settings-council">
      <Field
        label="Council name"
        required={!readOnly}
        validationMessage={problems.councilName ?? null}
      >
        <Input
          value={form.councilName}
          readOnly={readOnly}
          onChange={(_, d) => update({ councilName: d.value })}
        />
      </Field>
      <Field label="Bank holidays of">
        <Choice
          value={form.nation}
          labels={nationLabels}
          readOnly={readOnly}
          onChange={(nation) => update({ nation })}
        />
      </Field>
      <Field label="Children’s Stage 2 clock starts at">
        <Choice
          value={form.childrenStage2ClockStart}
          labels={clockStartLabels}
          readOnly={readOnly}
          onChange={(childrenStage2ClockStart) => update({ childrenStage2ClockStart })}
        />
      </Field>
      <Field
        label="Closure days"
        hint="Days the council is closed besides weekends and bank holidays: one date a line, for example 29 December 2025."
        validationMessage={problems.closureDays ?? null}
      >
        <Textarea
          value={form.closureDays}
          readOnly={readOnly}
          resize="vertical"
          onChange={(_, d) => update({ closureDays: d.value })}
        />
      </Field>
    </ViewSection>
  );
}

/** Service areas (editable) and causes (fixed codes shared with imports and reports). */
export function CategoriesSection({ form, problems, update, readOnly }: SettingsSectionProps) {
  return (
    <ViewSection title="Service areas and causes" id="settings-categories">
      <Field
        label="Service areas"
        hint="One a line. Renaming one does not change cases already recorded."
        validationMessage={problems.serviceAreas ?? null}
      >
        <Textarea
          value={form.serviceAreas}
          readOnly={readOnly}
          rows={8}
          resize="vertical"
          onChange={(_, d) => update({ serviceAreas: d.value })}
        />
      </Field>
      <div>
        <h3>Causes</h3>
        <Text>
          Causes are fixed so that imports and annual reports stay comparable between years and
          councils:
        </Text>
        <ul>
          {Object.values(causeLabels).map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      </div>
    </ViewSection>
  );
}
