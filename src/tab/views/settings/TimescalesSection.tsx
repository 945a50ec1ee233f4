import {
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { feedbackTypeLabels, procedureLabels } from '../../../domain/records';
import { defaultTimescalePolicy, type TimescaleRule } from '../../../domain/timescales';
import { ViewSection } from '../../components/ViewSection';
import type { SettingsSectionProps } from './settingsForm';
import { TableRegion } from '../../../ui/dashboard/TableRegion';

const procedureNames: Record<string, string> = {
  ...procedureLabels,
  mp_enquiry: feedbackTypeLabels.mp_enquiry,
  compliment: feedbackTypeLabels.compliment,
  comment: feedbackTypeLabels.comment,
};

/** The timescale policy table: every limit, its extended limit and its source. */
export function TimescalesSection(props: SettingsSectionProps) {
  const { form, problems, update, readOnly } = props;
  const setLimit = (key: string, field: 'limit' | 'extendedLimit', value: string) => {
    const current = form.limits[key] ?? { limit: '', extendedLimit: '' };
    update({ limits: { ...form.limits, [key]: { ...current, [field]: value } } });
  };
  return (
    <ViewSection title="Timescale policies" id="settings-timescales">
      <Text>
        Working days unless stated. Day 0 is the day the clock starts. Change a limit only where
        your council’s policy differs from the regulations or the Code.
      </Text>
      {problems.limits ? <Text role="alert">{problems.limits}</Text> : null}
      <Field
        label="Show a case as “due soon” this many working days before its due date"
        validationMessage={problems.dueSoonWorkingDays ?? null}
      >
        <Input
          value={form.dueSoonWorkingDays}
          readOnly={readOnly}
          inputMode="numeric"
          onChange={(_, d) => update({ dueSoonWorkingDays: d.value })}
        />
      </Field>
      <TableRegion label="Timescale policies">
        <Table size="small" aria-label="Timescale policies">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Procedure</TableHeaderCell>
              <TableHeaderCell scope="col">Event</TableHeaderCell>
              <TableHeaderCell scope="col">Limit</TableHeaderCell>
              <TableHeaderCell scope="col">Extended limit</TableHeaderCell>
              <TableHeaderCell scope="col">Source</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {Object.entries(defaultTimescalePolicy().rules).flatMap(([procedure, rules]) =>
              Object.entries(rules as Record<string, TimescaleRule>).map(([event, rule]) => {
                const key = `${procedure}.${event}`;
                const typed = form.limits[key] ?? { limit: '', extendedLimit: '' };
                const name = `${procedureNames[procedure] ?? procedure}: ${rule.label}`;
                const unit = rule.unit === 'calendar_months' ? 'calendar months' : 'working days';
                const limitProblem = problems[`limits.${key}.limit`];
                const extendedProblem = problems[`limits.${key}.extendedLimit`];
                return (
                  <TableRow key={key}>
                    <TableCell>{procedureNames[procedure] ?? procedure}</TableCell>
                    <TableCell>{rule.label}</TableCell>
                    <TableCell>
                      <Field validationMessage={limitProblem ?? null} hint={unit}>
                        <Input
                          size="small"
                          inputMode="numeric"
                          aria-label={`${name}: limit in ${unit}`}
                          value={typed.limit}
                          readOnly={readOnly}
                          onChange={(_, d) => setLimit(key, 'limit', d.value)}
                        />
                      </Field>
                    </TableCell>
                    <TableCell>
                      <Field validationMessage={extendedProblem ?? null}>
                        <Input
                          size="small"
                          inputMode="numeric"
                          aria-label={`${name}: extended limit in ${unit}`}
                          value={typed.extendedLimit}
                          readOnly={readOnly}
                          onChange={(_, d) => setLimit(key, 'extendedLimit', d.value)}
                        />
                      </Field>
                    </TableCell>
                    <TableCell>{rule.source}</TableCell>
                  </TableRow>
                );
              }),
            )}
          </TableBody>
        </Table>
      </TableRegion>
    </ViewSection>
  );
}
