import { Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { causeLabels, nations, type Nation } from '../../../domain/records';
import { ViewSection } from '../../components/ViewSection';
import type { SettingsForm, SettingsProblems } from './settingsForm';

const nationLabels: Record<Nation, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

interface SectionProps {
  readonly form: SettingsForm;
  readonly problems: SettingsProblems;
  readonly update: (change: Partial<SettingsForm>) => void;
}

/** The council, its calendar and its clock choices. */
export function GeneralSection({ form, problems, update }: SectionProps) {
  return (
    <ViewSection title="Council" id="settings-council">
      <Field label="Council name" required validationMessage={problems.councilName ?? null}>
        <Input value={form.councilName} onChange={(_, d) => update({ councilName: d.value })} />
      </Field>
      <Field label="Bank holidays of">
        <Select value={form.nation} onChange={(_, d) => update({ nation: d.value as Nation })}>
          {nations.map((n) => (
            <option key={n} value={n}>
              {nationLabels[n]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Children’s Stage 2 clock starts at">
        <Select
          value={form.childrenStage2ClockStart}
          onChange={(_, d) =>
            update({
              childrenStage2ClockStart: d.value as SettingsForm['childrenStage2ClockStart'],
            })
          }
        >
          <option value="request">The Stage 2 request (the Ombudsman’s reading)</option>
          <option value="statement_agreed">The agreed statement of complaint</option>
        </Select>
      </Field>
      <Field
        label="Closure days"
        hint="Days the council is closed besides weekends and bank holidays: one date a line, for example 29 December 2025."
        validationMessage={problems.closureDays ?? null}
      >
        <Textarea
          value={form.closureDays}
          resize="vertical"
          onChange={(_, d) => update({ closureDays: d.value })}
        />
      </Field>
    </ViewSection>
  );
}

/** Service areas (editable) and causes (fixed codes shared with imports and reports). */
export function CategoriesSection({ form, problems, update }: SectionProps) {
  return (
    <ViewSection title="Service areas and causes" id="settings-categories">
      <Field
        label="Service areas"
        hint="One a line. Renaming one does not change cases already recorded."
        validationMessage={problems.serviceAreas ?? null}
      >
        <Textarea
          value={form.serviceAreas}
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
