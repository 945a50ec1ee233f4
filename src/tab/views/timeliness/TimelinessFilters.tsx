import { Button, Field, Select } from '@fluentui/react-components';
import { procedureLabels, procedures } from '../../../domain/records';
import { Toolbar } from '../../components/ViewSection';
import { openStatusLabels, safeguardingLabels, type OpenStatus } from '../../data/openCaseRows';
import type { TimelinessFilters as Filters } from './selectTimeliness';

/** Procedure, stage, service area, owner, status and safeguarding filters over the open cases. */
export function TimelinessFilters(props: {
  readonly filters: Filters;
  readonly options: {
    readonly serviceAreas: readonly string[];
    readonly owners: readonly string[];
  };
  readonly onChange: (name: keyof Filters, value: string) => void;
  readonly onClear: () => void;
}) {
  const { filters, options, onChange, onClear } = props;
  return (
    <Toolbar label="Filter open cases">
      <Field label="Procedure">
        <Select value={filters.procedure} onChange={(_, d) => onChange('procedure', d.value)}>
          <option value="">All procedures</option>
          {procedures.map((p) => (
            <option key={p} value={p}>
              {procedureLabels[p]}
            </option>
          ))}
          <option value="none">None (compliments, MP enquiries, comments)</option>
        </Select>
      </Field>
      <Field label="Stage">
        <Select value={filters.stage} onChange={(_, d) => onChange('stage', d.value)}>
          <option value="">All stages</option>
          <option value="0">Early resolution</option>
          <option value="1">Stage 1</option>
          <option value="2">Stage 2</option>
          <option value="3">Stage 3</option>
        </Select>
      </Field>
      <Field label="Service area">
        <Select value={filters.serviceArea} onChange={(_, d) => onChange('serviceArea', d.value)}>
          <option value="">All service areas</option>
          {options.serviceAreas.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Owner">
        <Select value={filters.owner} onChange={(_, d) => onChange('owner', d.value)}>
          <option value="">Everyone</option>
          {options.owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status">
        <Select value={filters.status} onChange={(_, d) => onChange('status', d.value)}>
          <option value="">Any status</option>
          {(Object.keys(openStatusLabels) as OpenStatus[]).map((s) => (
            <option key={s} value={s}>
              {openStatusLabels[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Safeguarding">
        <Select value={filters.safeguarding} onChange={(_, d) => onChange('safeguarding', d.value)}>
          <option value="">Any</option>
          <option value="flagged">Flagged</option>
          <option value="not_referred">{safeguardingLabels.not_referred}</option>
          <option value="referred">{safeguardingLabels.referred}</option>
          <option value="none">{safeguardingLabels.none}</option>
        </Select>
      </Field>
      <Button onClick={onClear}>Clear filters</Button>
    </Toolbar>
  );
}
