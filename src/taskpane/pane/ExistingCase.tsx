import type { ReactNode } from 'react';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseMatch, FeedbackStore } from '../../data/store';
import type { Person } from '../../domain/records';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { CaseSummary } from '../../ui/triage/CaseSummary';
import { EscalateForm } from '../../ui/triage/EscalateForm';
import { SafeguardingAlert } from '../../ui/triage/SafeguardingAlert';
import { StatusRegion } from '../../ui/common/StatusRegion';
import type { StageEventKind } from '../../ui/common/StageEventForm';
import { caseSummaryView } from './caseView';
import { useCaseActions } from './useCaseActions';
import { useCaseLetters } from './useCaseLetters';
import { LetterPanel } from '../../ui/triage/LetterPanel';
import { WithdrawForm } from '../../ui/triage/WithdrawForm';
import { escalationTargets, withdrawalReasons } from '../../domain/records';
import { withdrawalReasonLabels } from '../../services/withdrawCase';
import { savedReasons, type AlertReasons } from '../model/paneFlag';

const StageEventForm = lazy(() =>
  import(/* webpackChunkName: "stage-events" */ '../../ui/common/StageEventForm').then((m) => ({
    default: m.StageEventForm,
  })),
);

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The case this email belongs to, and what can be done with it in one action each: add the
 * email to its correspondence, escalate, record a stage event or a safeguarding referral.
 */
export function ExistingCase(props: {
  store: FeedbackStore;
  host: MailHost;
  item: MailItem;
  match: CaseMatch;
  officer: Person;
  calendar: WorkingCalendar | undefined;
  today: string;
  clockStarts: string;
  /** The safeguarding alert, when the pane flags the email. */
  safeguarding: AlertReasons | undefined;
  onChanged: (match: CaseMatch) => void;
  onReload: () => void;
  /** Finish a half-done save (the email not yet on its case) as soon as the case is shown. */
  finishOnOpen: boolean;
  /** The council's name and letter templates (Settings), for the letters drafted here. */
  councilName: string;
  letterTemplates: Readonly<Record<string, string>>;
  /** Shown after the safeguarding warning: the suggestion. */
  suggestion: ReactNode;
}) {
  const { match, today } = props;
  const styles = useStyles();
  const [showEvents, setShowEvents] = useState(false);
  const actions = useCaseActions({
    store: props.store,
    host: props.host,
    item: props.item,
    match,
    officer: props.officer,
    safeguardingReasons: props.safeguarding ? savedReasons(props.safeguarding) : [],
    onChanged: props.onChanged,
  });
  const letters = useCaseLetters({
    host: props.host,
    item: props.item,
    file: match,
    officerName: props.officer.name,
    councilName: props.councilName,
    templates: props.letterTemplates,
    calendar: props.calendar,
    today,
    onRecord: actions.recordEvent,
  });
  const busy = actions.outcome.status === 'busy';
  const notFiled = match.emailNotFiled === true;
  const { finishSave } = actions;
  const finishedOnOpen = useRef(false);
  useEffect(() => {
    if (!notFiled || !props.finishOnOpen || finishedOnOpen.current) return;
    finishedOnOpen.current = true; // once: a failure leaves the button, not a loop
    void finishSave();
  }, [notFiled, props.finishOnOpen, finishSave]);
  const view = caseSummaryView(match, props.calendar, today);
  const safeguarding = match.case.value.safeguarding;
  const stage = match.stages.at(-1)?.value;
  const pauseRunning =
    stage?.pauses.some((p) => p.from !== undefined && p.to === undefined) ?? false;
  const eventKinds: StageEventKind[] = [
    'acknowledged',
    'responded',
    'extension',
    pauseRunning ? 'pause_ended' : 'pause_started',
  ];
  const open = match.case.value.status === 'open';

  return (
    <>
      {props.safeguarding ? (
        <SafeguardingAlert
          notes={props.safeguarding.notes}
          reasons={props.safeguarding.quotes}
          referral={
            safeguarding?.referredOn
              ? {
                  referredOn: safeguarding.referredOn,
                  referredBy: safeguarding.referredBy ?? 'an officer',
                }
              : undefined
          }
          today={today}
          officer={props.officer.name}
          busy={busy}
          onRecordReferral={(r) => void actions.recordReferral(r)}
        />
      ) : null}
      {props.suggestion}
      {actions.outcome.status === 'done' ? (
        <StatusRegion intent="success" title="Saved">
          {actions.outcome.message}
          {actions.outcome.notes.map((n) => (
            <div key={n}>{n}</div>
          ))}
        </StatusRegion>
      ) : null}
      {actions.outcome.status === 'failed' ? (
        <StatusRegion
          intent="error"
          title={actions.outcome.failure.title}
          actions={
            actions.outcome.failure.offerReload ? (
              <Button onClick={props.onReload}>Reload case</Button>
            ) : undefined
          }
        >
          {actions.outcome.failure.message}
        </StatusRegion>
      ) : null}
      {notFiled && props.finishOnOpen && !busy ? (
        <StatusRegion intent="warning" title="This email is not on its case yet">
          Case {match.case.value.reference} was saved from this email, but the save stopped before
          the email was archived and added to the case&apos;s correspondence.
        </StatusRegion>
      ) : null}
      <CaseSummary view={view}>
        <div className={styles.actions}>
          {notFiled ? (
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void finishSave()}>
              Archive this email
            </Button>
          ) : null}
          {match.matchedBy !== 'message' ? (
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => void actions.addEmail()}
            >
              Add email to {match.case.value.reference}
            </Button>
          ) : null}
          {letters.kinds.length > 0 || letters.letter ? (
            <LetterPanel
              kinds={letters.kinds}
              letter={letters.letter}
              problem={letters.problem}
              busy={busy || !props.calendar}
              onDraft={letters.draft}
              onConfirm={letters.confirm}
              onDiscard={letters.discard}
            />
          ) : null}
          <EscalateForm
            stages={escalationTargets(match.case.value)}
            reopens={!open}
            // The email asking for the escalation dates it; on an email already filed, today does.
            requestedOn={match.matchedBy === 'message' ? today : props.clockStarts}
            busy={busy}
            onEscalate={(to, requested) => void actions.escalate(to, requested)}
          />
          {open && stage ? (
            showEvents ? (
              <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
                <StageEventForm
                  name="Record on this stage"
                  eventLabel="What happened"
                  kinds={eventKinds}
                  today={today}
                  earliest={stage.requested}
                  busy={busy}
                  onRecord={(event) => void actions.recordEvent(event)}
                />
              </Suspense>
            ) : (
              <Button appearance="subtle" onClick={() => setShowEvents(true)}>
                Record acknowledgement, response, extension or pause…
              </Button>
            )
          ) : null}
          {open ? (
            <WithdrawForm
              reasons={withdrawalReasons.map((r) => [r, withdrawalReasonLabels[r]] as const)}
              duplicateReason="duplicate"
              busy={busy}
              onWithdraw={(reason, detail, duplicateOf) =>
                void actions.withdraw(reason, today, detail, duplicateOf)
              }
            />
          ) : null}
          {busy ? <Spinner size="tiny" label="Saving…" /> : null}
        </div>
      </CaseSummary>
    </>
  );
}
