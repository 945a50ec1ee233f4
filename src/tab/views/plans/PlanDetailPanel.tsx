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
import { flushSync } from 'react-dom';
import type { PlanVersion, Stored } from '../../../data/store';
import { planRules } from '../../../domain/plans/planSteps';
import { asIsoDate } from '../../../domain/primitives/brand';
import {
  actionStatusLabels,
  isoDateSchema,
  planStateLabels,
  type ActionPlan,
  type Person,
  type PlanAction,
} from '../../../domain/records';
import { dateInputHint, formatUkDate, formatUkDateTime } from '../../../domain/format';
import { TableRegion } from '../../../ui/dashboard/TableRegion';
import { WriteError } from '../../components/WriteError';
import { useSignedInUser, useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { onlyHeadsOfService, planHistory, type PlanDetail, type PlanStep } from './selectPlans';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  pre: { whiteSpace: 'pre-wrap', margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/**
 * One plan, in its drawer: first what this person may do now (a formal sign-off asks for
 * confirmation first), then the recommendations, actions, dates and history (read-only).
 * The state is derived from the plan's sign-offs; who did what comes from SharePoint's stamps
 * (sign-offs' authors, the plan's saved versions). The page only offers steps: SharePoint
 * decides, and a refusal keeps the comment in its box.
 */
export function PlanDetailPanel(props: {
  readonly plan: Stored<ActionPlan>;
  readonly detail: PlanDetail;
  /** The heads of service group's members, when the page could read them. */
  readonly heads: readonly Person[] | undefined;
  /** Puts focus on the plan: once a step is saved, and while a confirmed one is saved. */
  readonly onStepTaken: () => void;
}) {
  const { plan, detail, heads } = props;
  const styles = useStyles();
  const { store, data } = useTabEnvironment();
  const user = useSignedInUser();
  const write = useStoreWrite({ action: 'this step', record: 'this plan' });
  const [comment, setComment] = useState('');
  const [commentProblem, setCommentProblem] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState<PlanStep | undefined>(undefined);
  const [refusedStep, setRefusedStep] = useState<PlanAction | undefined>(undefined);
  const versions = usePlanVersions(plan);
  const p = plan.value;

  const take = async (action: PlanAction, label: string) => {
    setRefusedStep(undefined);
    const saved = await write.run(() =>
      store.takePlanStep(p.id, action, comment.trim(), plan.etag),
    );
    if (!saved) {
      // The store decided: the comment stays in the box, nothing else changed.
      setRefusedStep(action);
      return;
    }
    // Focus to the plan first: folding the step in removes the button that had it.
    props.onStepTaken();
    data.apply((s) =>
      saved.kind === 'plan'
        ? { ...s, plans: upsert(s.plans, [saved.plan]) }
        : { ...s, signOffs: upsert(s.signOffs, [saved.signOff]) },
    );
    setComment('');
    setDone(`${label}: done. The plan is now "${planStateLabels[planRules[action].to]}".`);
  };

  const choose = (step: PlanStep) => {
    setDone(undefined);
    if (step.commentRequired && comment.trim() === '') {
      setCommentProblem('Say what needs to change before returning the plan.');
      return;
    }
    setCommentProblem(undefined);
    if (needsConfirming(step.action)) setConfirming(step);
    else void take(step.action, step.label);
  };

  const refusedByRole =
    write.error?.code === 'forbidden' &&
    refusedStep !== undefined &&
    planRules[refusedStep].by === 'head_of_service';
  const history = planHistory(detail.signOffs, versions);

  return (
    <div className={styles.panel}>
      <Text>
        Case {p.caseReference} · {planStateLabels[detail.state]}
        {p.headOfService ? ` · Head of service: ${p.headOfService.name}` : ''}
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
      <div role="status">{done ? <Text>{done}</Text> : null}</div>
      {detail.steps.length > 0 ? (
        <section aria-labelledby="plan-next-step" className={styles.panel}>
          <h3 id="plan-next-step" className={styles.h3}>
            Next step
          </h3>
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
                // Still focusable while saving: focus waits on the step (back from the
                // confirmation) instead of falling to the page.
                disabledFocusable={write.busy}
                onClick={() => choose(s)}
              >
                {s.label}
              </Button>
            ))}
          </div>
        </section>
      ) : null}
      {p.recommendations ? (
        <div>
          <h3 className={styles.h3}>Recommendations</h3>
          <p className={styles.pre}>{p.recommendations}</p>
        </div>
      ) : null}
      <h3 className={styles.h3}>Actions</h3>
      <PlanActionsTable actions={detail.actions} />
      <DatesForm key={plan.etag} plan={plan} />
      <h3 className={styles.h3}>History</h3>
      {history.length === 0 ? (
        <Text>Nothing has happened to this plan yet.</Text>
      ) : (
        <TableRegion label="Plan history">
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
                  <TableCell>{formatUkDateTime(h.at)}</TableCell>
                  <TableCell>{h.by}</TableCell>
                  <TableCell>{h.step}</TableCell>
                  <TableCell>{h.comment || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
      <Text size={200}>
        Who did what is recorded by SharePoint, not typed in here: sign-offs by their author, other
        steps by the plan’s saved versions.
      </Text>
      {confirming ? (
        <ConfirmStepDialog
          planId={p.id}
          stepLabel={confirming.label}
          comment={comment}
          signedInAs={user.name}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            // The dialog goes at once and focus moves to the plan while the step is saved:
            // left to itself it would fall to the page as the dialog unmounts.
            flushSync(() => setConfirming(undefined));
            props.onStepTaken();
            void take(confirming.action, confirming.label);
          }}
        />
      ) : null}
    </div>
  );
}

/** A head of service's sign-off is formal: it is confirmed before it is recorded. */
const needsConfirming = (action: PlanAction) =>
  action === 'sign_off' || action === 'sign_off_complete';

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
    <TableRegion label="Actions in this plan">
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
              <TableCell>{formatUkDate(a.value.due)}</TableCell>
              <TableCell>{actionStatusLabels[a.value.status]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

const wholeDate = 'Enter the whole date: day, month and year, for example 9 May 2025';

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
    if (sent && !isoDateSchema.safeParse(sent).success) found.sent = wholeDate;
    if (due && !isoDateSchema.safeParse(due).success) found.due = wholeDate;
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
      <h3 className={styles.h3}>The complainant</h3>
      <div className={styles.row}>
        <Field
          label="Copy sent to complainant"
          hint={dateInputHint(navigator.language)}
          validationMessage={problem.sent ?? null}
        >
          <Input type="date" value={sent} onChange={(_, d) => setSent(d.value)} />
        </Field>
        <Field
          label="Feedback on progress due"
          hint={dateInputHint(navigator.language)}
          validationMessage={problem.due ?? null}
        >
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
