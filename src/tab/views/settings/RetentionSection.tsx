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
import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import type { IsoDate } from '../../../domain/primitives/brand';
import { Pager } from '../../../ui/dashboard/Pager';
import { pageOf } from '../../../ui/dashboard/paging';
import { ViewSection } from '../../components/ViewSection';
import { countHeldPastRetention, selectRetentionDue } from './selectRetention';
import type { SettingsSectionProps } from './settingsForm';
import { formatCount, formatUkDate } from '../../../domain/format';
import { TableRegion } from '../../../ui/dashboard/TableRegion';

/** How long closed cases are kept, and the cases now due for review under the saved setting. */
export function RetentionSection(
  props: SettingsSectionProps & {
    readonly snapshot: Snapshot;
    readonly today: IsoDate;
  },
) {
  const { form, problems, update, readOnly, snapshot, today } = props;
  const [page, setPage] = useState(1);
  const due = useMemo(
    () => selectRetentionDue(snapshot.cases, snapshot.settings.retentionYears, today),
    [snapshot.cases, snapshot.settings.retentionYears, today],
  );
  const held = useMemo(
    () => countHeldPastRetention(snapshot.cases, snapshot.settings.retentionYears, today),
    [snapshot.cases, snapshot.settings.retentionYears, today],
  );
  const shown = pageOf(due, page, 20);
  return (
    <ViewSection title="Retention" id="settings-retention">
      <Field
        label="Keep closed cases for this many years"
        validationMessage={problems.retentionYears ?? null}
      >
        <Input
          value={form.retentionYears}
          readOnly={readOnly}
          inputMode="numeric"
          onChange={(_, d) => update({ retentionYears: d.value })}
        />
      </Field>
      <Text>
        {due.length === 0
          ? 'No closed case is past its retention date.'
          : `${formatCount(due.length)} closed ${due.length === 1 ? 'case is' : 'cases are'} past the retention date and due for review.`}
        {held > 0
          ? ` ${formatCount(held)} more ${held === 1 ? 'is' : 'are'} past it but on legal hold, so kept and not listed.`
          : ''}
      </Text>
      {due.length > 0 ? (
        <>
          <TableRegion label="Cases past their retention date">
            <Table size="small" aria-label="Cases past their retention date">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Case</TableHeaderCell>
                  <TableHeaderCell scope="col">Closed</TableHeaderCell>
                  <TableHeaderCell scope="col">Review due</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.rows.map((r) => (
                  <TableRow key={r.reference}>
                    <TableCell>{r.reference}</TableCell>
                    <TableCell>{formatUkDate(r.closed)}</TableCell>
                    <TableCell>{formatUkDate(r.reviewDue)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableRegion>
          <Pager noun="cases" {...shown} onPage={setPage} />
        </>
      ) : null}
    </ViewSection>
  );
}
