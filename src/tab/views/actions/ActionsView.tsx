import { Button, Field, Link, Select, Text, Textarea } from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Stored } from '../../../data/store';
import type { LearningAction } from '../../../domain/records';
import { formatUkDate } from '../../../domain/format';
import type { CaseReference } from '../../../domain/primitives/brand';
import { Pager } from '../../../ui/dashboard/Pager';
import { StatusText } from '../../../ui/dashboard/StatusText';
import { DataTable, type DataColumn } from '../../../ui/dashboard/DataTable';
import { useSortedPage } from '../../../ui/dashboard/useSortedPage';
import { downloadCsv } from '../../components/downloadCsv';
import { Toolbar, ViewSection } from '../../components/ViewSection';
import type { ViewProps } from '../viewNames';
import { useTabEnvironment } from '../../TabContext';
import { CompleteActionDialog } from '../../components/CompleteActionDialog';
import {
  actionFilterLabels,
  actionRowsForCsv,
  type ActionFilter,
  type ActionRow,
} from './selectActions';
import { ACTIONS_PAGE_SIZE, useActions } from './useActions';

/** The learning-action tracker: overdue first, complete with evidence, "you said, we did". */
export default function ActionsView({ snapshot, openCase }: ViewProps) {
  const { today } = useTabEnvironment();
  const state = useActions(snapshot, today);
  const [completing, setCompleting] = useState<Stored<LearningAction> | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const summary = state.youSaidWeDid.join('\n\n');
  const columns = useMemo(() => actionColumns(openCase, setCompleting), [openCase]);
  const table = useSortedPage(
    state.rows,
    columns,
    ACTIONS_PAGE_SIZE,
    `${state.filter}|${state.owner}`,
  );

  return (
    <>
      <ViewSection title="Learning actions" id="actions-heading">
        <Text>
          {state.overdueCount === 0
            ? 'No action is overdue.'
            : `${state.overdueCount} ${state.overdueCount === 1 ? 'action is' : 'actions are'} overdue.`}
        </Text>
        <Toolbar label="Filter actions">
          <Field label="Show">
            <Select
              value={state.filter}
              onChange={(_, d) => state.setFilter(d.value as ActionFilter)}
            >
              {(Object.keys(actionFilterLabels) as ActionFilter[]).map((f) => (
                <option key={f} value={f}>
                  {actionFilterLabels[f]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Owner">
            <Select value={state.owner} onChange={(_, d) => state.setOwner(d.value)}>
              <option value="">Everyone</option>
              {state.owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={state.rows.length === 0}
            onClick={() => downloadCsv(`actions-${today}.csv`, actionRowsForCsv(state.rows))}
          >
            Export CSV
          </Button>
        </Toolbar>
        <DataTable
          label="Learning actions"
          columns={columns}
          rows={table.page.rows}
          rowKey={(r) => r.stored.itemId}
          sort={table.sort}
          onSort={table.onSort}
        />
        <Pager noun="actions" {...table.page} onPage={table.setPage} />
      </ViewSection>
      <ViewSection title="You said, we did" id="you-said-heading">
        <Text>
          One line for each completed action, naming the service and what went wrong, never the
          person. Copy them into a report or a newsletter.
        </Text>
        <Field label="Summary to paste">
          <Textarea
            readOnly
            value={summary || 'No action is done yet.'}
            rows={6}
            resize="vertical"
          />
        </Field>
        <div>
          <Button
            icon={<CopyRegular />}
            disabled={summary === ''}
            onClick={() =>
              void navigator.clipboard?.writeText(summary).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Copy summary
          </Button>
          <Text role="status">{copied ? ' Copied.' : ''}</Text>
        </div>
      </ViewSection>
      {completing ? (
        <CompleteActionDialog
          action={completing}
          today={today}
          onClose={() => setCompleting(undefined)}
        />
      ) : null}
    </>
  );
}

function actionColumns(
  onOpenCase: (reference: CaseReference) => void,
  onComplete: (action: Stored<LearningAction>) => void,
): readonly DataColumn<ActionRow>[] {
  return [
    {
      id: 'case',
      header: 'Case',
      sortValue: (r) => r.caseReference,
      cell: (r) => (
        <Link as="button" onClick={() => onOpenCase(r.caseReference as CaseReference)}>
          {r.caseReference}
        </Link>
      ),
    },
    { id: 'action', header: 'Action', sortValue: (r) => r.action, cell: (r) => r.action },
    { id: 'owner', header: 'Owner', sortValue: (r) => r.owner, cell: (r) => r.owner },
    {
      id: 'due',
      header: 'Deadline',
      sortValue: (r) => r.due,
      cell: (r) => formatUkDate(r.due),
    },
    {
      id: 'status',
      header: 'Status',
      sortValue: (r) => r.statusLabel,
      cell: (r) => (
        <StatusText tone={r.overdue ? 'danger' : r.status === 'done' ? 'success' : 'subtle'}>
          {r.statusLabel}
        </StatusText>
      ),
    },
    {
      id: 'evidence',
      header: 'Evidence',
      sortValue: (r) => r.evidence,
      cell: (r) => r.evidence || '—',
    },
    {
      id: 'learning',
      header: 'Learning',
      sortValue: (r) => r.learningLabel || r.kindLabel,
      cell: (r) => r.learningLabel || r.kindLabel,
    },
    {
      id: 'complete',
      header: 'Complete',
      hideHeader: true,
      cell: (r) =>
        r.status === 'open' || r.status === 'in_progress' ? (
          <Button
            size="small"
            aria-label={`Complete action ${r.id}`}
            onClick={() => onComplete(r.stored)}
          >
            Complete
          </Button>
        ) : null,
    },
  ];
}
