import {
  Button,
  Field,
  Link,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Stored } from '../../../data/store';
import type { LearningAction } from '../../../domain/records';
import type { CaseReference } from '../../../domain/shared/brand';
import { Pager } from '../../../ui/dashboard/Pager';
import { StatusText } from '../../../ui/dashboard/StatusText';
import { VisuallyHidden } from '../../../ui/dashboard/VisuallyHidden';
import { downloadCsv } from '../../components/downloadCsv';
import { Toolbar, ViewSection } from '../../components/ViewSection';
import type { ViewProps } from '../viewNames';
import { useTabEnvironment } from '../../TabContext';
import { CompleteActionDialog } from './CompleteActionDialog';
import {
  actionFilterLabels,
  actionRowsForCsv,
  type ActionFilter,
  type ActionRow,
} from './selectActions';
import { useActions } from './useActions';

/** The learning-action tracker: overdue first, complete with evidence, "you said, we did". */
export default function ActionsView({ snapshot, openCase }: ViewProps) {
  const { today } = useTabEnvironment();
  const state = useActions(snapshot, today);
  const [completing, setCompleting] = useState<Stored<LearningAction> | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const summary = state.youSaidWeDid.join('\n\n');

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
        <ActionTable rows={state.page.rows} onOpenCase={openCase} onComplete={setCompleting} />
        <Pager noun="actions" {...state.page} onPage={state.setPage} />
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

function ActionTable(props: {
  readonly rows: readonly ActionRow[];
  readonly onOpenCase: (reference: CaseReference) => void;
  readonly onComplete: (action: Stored<LearningAction>) => void;
}) {
  return (
    <Table size="small" aria-label="Learning actions">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Case</TableHeaderCell>
          <TableHeaderCell scope="col">Action</TableHeaderCell>
          <TableHeaderCell scope="col">Owner</TableHeaderCell>
          <TableHeaderCell scope="col">Deadline</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Evidence</TableHeaderCell>
          <TableHeaderCell scope="col">Learning</TableHeaderCell>
          <TableHeaderCell scope="col">
            <VisuallyHidden>Complete</VisuallyHidden>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => (
          <TableRow key={r.stored.itemId}>
            <TableCell>
              <Link as="button" onClick={() => props.onOpenCase(r.caseReference as CaseReference)}>
                {r.caseReference}
              </Link>
            </TableCell>
            <TableCell>{r.action}</TableCell>
            <TableCell>{r.owner}</TableCell>
            <TableCell>{r.due}</TableCell>
            <TableCell>
              <StatusText tone={r.overdue ? 'danger' : r.status === 'done' ? 'success' : 'subtle'}>
                {r.statusLabel}
              </StatusText>
            </TableCell>
            <TableCell>{r.evidence || '—'}</TableCell>
            <TableCell>{r.learningLabel || r.kindLabel}</TableCell>
            <TableCell>
              {r.status === 'open' || r.status === 'in_progress' ? (
                <Button
                  size="small"
                  aria-label={`Complete action ${r.id}`}
                  onClick={() => props.onComplete(r.stored)}
                >
                  Complete
                </Button>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
