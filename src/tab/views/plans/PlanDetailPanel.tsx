import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PlanVersion, Stored } from '../../../data/store';
import { planRules } from '../../../domain/plans/planSteps';
import { asIsoDate } from '../../../domain/shared/brand';
import {
  actionStatusLabels,
  isoDateSchema,
  planStateLabels,
  type ActionPlan,
  type Person,
  type PlanAction,
} from '../../../domain/records';
import { WriteError } from '../../components/WriteError';
import { ViewSection } from '../../components/ViewSection';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import { onlyHeadsOfService, planHistory, type PlanDetail } from './selectPlans';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  pre: { whiteSpace: 'pre-wrap', margin: 0 },
});

/** One plan: its recommendations, actions, history (read-only) and the steps this user may take. */
export function PlanDetailPanel(props: {
  readonly plan: Stored<ActionPlan>;
  readonly detail: PlanDetail;
  /** The heads of service group's members, when the page could read them. */
  readonly heads: readonly Person[] | undefined;
}) {
  const { plan, detail, heads } = props;
  const styles = useStyles();
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite({ action: 'this step', record: 'this plan' });
  const [comment, setComment] = useState('');
  const [commentProblem, setCommentProblem] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [refusedStep, setRefusedStep] = useState<PlanAction | undefined>(undefined);
  const versions = usePlanVersions(plan);
  const p = plan.value;

  const take = async (action: PlanAction, label: string, commentRequired: boolean) => {
    setDone(undefined);
    setRefusedStep(undefined);
    if (commentRequired && comment.trim() === '') {
      setCommentProblem('Say what needs to change before returning the plan.');
      return;
    }
    setCommentProblem(undefined);
    const saved = await write.run(() =>
      store.takePlanStep(p.id, action, comment.trim(), plan.etag),
    );
    if (!saved) {
      // The store decided: the comment stays in the box, nothing else changed.
      setRefusedStep(action);
      return;
    }
    data.apply((s) =>
      saved.kind === 'plan'
        ? { ...s, plans: upsert(s.plans, [saved.plan]) }
        : { ...s, signOffs: upsert(s.signOffs, [saved.signOff]) },
    );
    setComment('');
    setDone(`${label}: done.`);
  };

  const refusedByRole =
    write.error?.code === 'forbidden' &&
    refusedStep !== undefined &&
    planRules[refusedStep].by === 'head_of_service';
  const history = planHistory(detail.signOffs, versions);

  return (
    <ViewSection title={`Plan ${p.id}: ${p.title}`} id="plan-detail-heading">
      <Text>
        Case {p.caseReference} · {planStateLabels[detail.state]}
        {p.headOfService ? ` · Head of service: ${p.headOfService.name}` : ''}
      </Text>
      {p.recommendations ? (
        <div>
          <h3>Recommendations</h3>
          <p className={styles.pre}>{p.recommendations}</p>
        </div>
      ) : null}
      <PlanActionsTable actions={detail.actions} />
      <DatesForm key={plan.etag} plan={plan} />
      <h3>History</h3>
      {history.length === 0 ? (
        <Text>Nothing has happened to this plan yet.</Text>
      ) : (
        <Table size="small" aria-label="Plan history">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">When</TableHeaderCell>
              <TableHeaderCell scope="col">Who</TableHeaderCell>
              <TableHeaderCell scope="col">Step</TableHeaderCell>
              <TableHeaderCell scope="col">Comment</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.map((h, i) => (
              <TableRow key={`${h.at}-${i}`}>
                <TableCell>{h.at.replace('T', ' ').slice(0, 16)}</TableCell>
                <TableCell>{h.by}</TableCell>
                <TableCell>{h.step}</TableCell>
                <TableCell>{h.comment || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Text size={200}>
        Who did what is recorded by SharePoint, not typed in here: sign-offs by their author, other
        steps by the plan’s saved versions.
      </Text>
      {detail.whoMust ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{detail.whoMust}</MessageBarBody>
        </MessageBar>
      ) : null}
      {refusedByRole ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle>
            {onlyHeadsOfService(heads)} SharePoint refused the step, so nothing was saved; your
            comment is still here.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <WriteError failure={write.failure} onReload={() => void write.reload()} />
      )}
      {done ? <Text role="status">{done}</Text> : null}
      {detail.steps.length > 0 ? (
        <>
          <Field
            label="Comment"
            hint="Recorded with the step. Needed when returning a plan."
            validationMessage={commentProblem ?? null}
          >
            <Textarea value={comment} resize="vertical" onChange={(_, d) => setComment(d.value)} />
          </Field>
          <div className={styles.row}>
            {detail.steps.map((s) => (
              <Button
                key={s.action}
                appearance={s.action === 'return' ? 'secondary' : 'primary'}
                disabled={write.busy}
                onClick={() => void take(s.action, s.label, s.commentRequired)}
              >
                {s.label}
              </Button>
            ))}
          </div>
        </>
      ) : null}
    </ViewSection>
  );
}

/** The plan item's saved versions (who saved each, as SharePoint recorded), read on opening. */
function usePlanVersions(plan: Stored<ActionPlan>): readonly PlanVersion[] | undefined {
  const { store } = useTabEnvironment();
  const [versions, setVersions] = useState<readonly PlanVersion[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void store.planVersions(plan.value.id).then((result) => {
      if (current && result.ok) setVersions(result.value);
    });
    return () => {
      current = false;
    };
  }, [store, plan.value.id, plan.etag]);
  return versions;
}

function PlanActionsTable(props: { readonly actions: PlanDetail['actions'] }) {
  if (props.actions.length === 0)
    return <Text>No learning action is linked to this plan yet.</Text>;
  return (
    <Table size="small" aria-label="Actions in this plan">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Action</TableHeaderCell>
          <TableHeaderCell scope="col">Owner</TableHeaderCell>
          <TableHeaderCell scope="col">Deadline</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.actions.map((a) => (
          <TableRow key={a.itemId}>
            <TableCell>{a.value.action}</TableCell>
            <TableCell>{a.value.owner}</TableCell>
            <TableCell>{a.value.due}</TableCell>
            <TableCell>{actionStatusLabels[a.value.status]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** When the complainant was sent the plan, and when they are due feedback on progress. */
function DatesForm(props: { readonly plan: Stored<ActionPlan> }) {
  const { plan } = props;
  const styles = useStyles();
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite({ action: 'saving the dates', record: 'this plan' });
  const [sent, setSent] = useState<string>(plan.value.sentToComplainant ?? '');
  const [due, setDue] = useState<string>(plan.value.feedbackDue ?? '');
  const [problem, setProblem] = useState<{ sent?: string; due?: string }>({});
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaved(false);
    const found: { sent?: string; due?: string } = {};
    if (sent && !isoDateSchema.safeParse(sent).success) found.sent = 'Enter a date as YYYY-MM-DD';
    if (due && !isoDateSchema.safeParse(due).success) found.due = 'Enter a date as YYYY-MM-DD';
    if (sent && due && !found.sent && !found.due && due < sent)
      found.due = 'Feedback cannot be due before the plan was sent';
    setProblem(found);
    if (found.sent || found.due) return;
    const { sentToComplainant: _s, feedbackDue: _d, ...rest } = plan.value;
    const next: ActionPlan = {
      ...rest,
      ...(sent ? { sentToComplainant: asIsoDate(sent) } : {}),
      ...(due ? { feedbackDue: asIsoDate(due) } : {}),
    };
    const result = await write.run(() => store.savePlan(next, plan.etag));
    if (result) {
      data.apply((s) => ({ ...s, plans: upsert(s.plans, [result]) }));
      setSaved(true);
    }
  };

  return (
    <div>
      <h3>The complainant</h3>
      <div className={styles.row}>
        <Field label="Copy sent to complainant" validationMessage={problem.sent ?? null}>
          <Input type="date" value={sent} onChange={(_, d) => setSent(d.value)} />
        </Field>
        <Field label="Feedback on progress due" validationMessage={problem.due ?? null}>
          <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
        </Field>
        <Button disabled={write.busy} onClick={() => void save()}>
          Save dates
        </Button>
        {saved ? <Text role="status">Dates saved.</Text> : null}
      </div>
      <WriteError failure={write.failure} onReload={() => void write.reload()} />
    </div>
  );
}
