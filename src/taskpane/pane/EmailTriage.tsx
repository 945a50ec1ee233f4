import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseMatch, FeedbackStore } from '../../data/store';
import type { Person } from '../../domain/records';
import type { TriageSuggestion } from '../../domain/triage';
import { paneTriageRunner } from '../triage/triageRunner';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { PlainText } from '../../ui/common/PlainText';
import { SenderText } from '../../ui/common/SenderText';
import { StatusRegion } from '../../ui/common/StatusRegion';
import { formatUkDate } from '../../domain/format';
import { SuggestionSummary } from '../../ui/triage/SuggestionSummary';
import { OfficerDecisions, RAISE_SHORTCUT } from '../../ui/triage/OfficerDecisions';
import { SenderCases } from '../../ui/triage/SenderCases';
import { draftFromSuggestion, suggestionView } from '../model/fromSuggestion';
import { receivedClock } from '../model/receivedClock';
import { senderCaseView } from '../model/senderCases';
import { FindCase } from '../../ui/triage/FindCase';
import { ExistingCase } from './ExistingCase';
import { NewCase } from './NewCase';
import {
  dueDatesOf,
  dueDatesSentence,
  halfSavedSentence,
  missingReferencesSentence,
} from './caseView';
import { useCaseLookup } from './useCaseLookup';
import { useOfficerDecisions } from './useOfficerDecisions';
import { useFindCases } from './useFindCases';
import { useSenderCases } from './useSenderCases';
import type { SavedCase } from './useNewCase';
import { useWorkingCalendar } from './useWorkingCalendar';
import { paneSettingsNote, type PaneSettings } from '../model/paneSettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  email: { color: tokens.colorNeutralForeground2, display: 'flex', flexDirection: 'column' },
});

interface EmailTriageProps {
  store: FeedbackStore;
  host: MailHost;
  item: MailItem;
  officer: Person;
  settings: PaneSettings;
  today: string;
}

/**
 * Everything the pane shows for one email: the suggestion as soon as it is worked out (in a
 * Web Worker where there is one, so the pane never freezes), then either the case it belongs
 * to or the new-case form. Keyed by the email, so a new selection starts afresh.
 */
export function EmailTriage(props: EmailTriageProps) {
  const { item } = props;
  const runner = paneTriageRunner();
  const [suggested, setSuggested] = useState<
    { for: MailItem; suggestion: TriageSuggestion } | undefined
  >();
  useEffect(() => {
    let current = true;
    void runner
      .suggest({
        subject: item.subject,
        from: item.from,
        to: item.to,
        body: item.body,
        receivedAt: item.receivedAt,
      })
      .then((suggestion) => {
        if (current) setSuggested({ for: item, suggestion });
      });
    return () => {
      current = false;
    };
  }, [item, runner]);
  if (suggested?.for !== item)
    return (
      <div data-triage-thread={runner.thread()}>
        <Spinner size="small" label="Reading the email…" />
      </div>
    );
  return <EmailTriageView {...props} suggestion={suggested.suggestion} thread={runner.thread()} />;
}

function EmailTriageView({
  store,
  host,
  item,
  officer,
  settings,
  today,
  suggestion,
  thread,
}: EmailTriageProps & { suggestion: TriageSuggestion; thread: string }) {
  const styles = useStyles();
  const calendar = useWorkingCalendar();
  const lookup = useCaseLookup(store, item, suggestion.references);
  const clock = useMemo(
    () => (calendar ? receivedClock(item.receivedAt, calendar) : undefined),
    [calendar, item],
  );
  const [saved, setSaved] = useState<SavedCase | undefined>();
  const savedRef = useRef<HTMLDivElement>(null);
  const { replace } = lookup;
  const settingsNote = paneSettingsNote(settings);

  const onSaved = useCallback(
    (s: SavedCase) => {
      setSaved(s);
      replace({
        ...s.file,
        matchedBy: 'message',
        ...(s.emailNotFiled ? { emailNotFiled: true } : {}),
      });
      // Move focus to the outcome so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => savedRef.current?.focus());
    },
    [replace],
  );
  const onChanged = useCallback(
    (m: CaseMatch) => {
      replace(m);
      // A half-done save finished: its warning has said all it had to.
      if (!m.emailNotFiled) setSaved((s) => (s?.emailNotFiled ? undefined : s));
    },
    [replace],
  );

  // A new email from someone with open cases: offered before the new-case form, so it goes on
  // the right case instead of opening a duplicate.
  const [addedTo, setAddedTo] = useState<string | undefined>();
  const onAddedToSenderCase = useCallback(
    (m: CaseMatch, message: string) => {
      replace(m);
      setAddedTo(message);
    },
    [replace],
  );
  const senderCases = useSenderCases(
    store,
    host,
    item,
    lookup.state.status === 'none' || lookup.state.status === 'failed',
    onAddedToSenderCase,
  );
  const finder = useFindCases(store);
  const addTo = (reference: string) => {
    const file = [...senderCases.cases, ...(finder.found ?? [])].find(
      (f) => f.case.value.reference === reference,
    );
    if (file) senderCases.add(file);
  };

  // The rules' flag with officers' decisions weighed in (a concern raised by hand, a flag
  // dismissed, similar mail decided before): what the alert and the saved case follow.
  const decisions = useOfficerDecisions(store, item, suggestion);
  const { flag, decide } = decisions;
  const safeguarding = flag.alert;
  const canRaise = !safeguarding && !flag.decidedHere && !decisions.busy;
  useEffect(() => {
    // One keystroke raises a concern by hand from anywhere in the pane.
    const onKey = (event: KeyboardEvent) => {
      if (!canRaise || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (event.code !== `Key${RAISE_SHORTCUT.key.toUpperCase()}`) return;
      event.preventDefault();
      decide('raised', 'seen_by_officer');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canRaise, decide]);
  const clockStarts = clock?.clockStarts ?? item.receivedAt.slice(0, 10);
  const initial = useCallback(
    () => draftFromSuggestion(suggestion, item, clockStarts, officer.name),
    [suggestion, item, clockStarts, officer.name],
  );

  // The safeguarding warning, when there is one, comes first; the suggestion right after it.
  const suggestionNode = <SuggestionSummary suggestion={suggestionView(suggestion)} />;
  let body;
  if (flag.setAside) {
    body = null;
  } else if (lookup.state.status === 'checking' || !calendar) {
    body = (
      <>
        {suggestionNode}
        <Spinner size="small" label="Looking for an existing case…" />
      </>
    );
  } else if (lookup.state.status === 'found') {
    body = (
      <ExistingCase
        store={store}
        host={host}
        item={item}
        match={lookup.state.match}
        officer={officer}
        calendar={calendar}
        today={today}
        clockStarts={clockStarts}
        safeguarding={safeguarding}
        onChanged={onChanged}
        onReload={lookup.reload}
        // Reopening an email whose save stopped half-way finishes it; just after the failed
        // save, the officer chooses when to try again.
        finishOnOpen={!saved}
        councilName={settings.councilName}
        letterTemplates={settings.letterTemplates}
        suggestion={suggestionNode}
      />
    );
  } else {
    body = (
      <>
        {lookup.state.status === 'failed' ? (
          <StatusRegion intent="warning" title="Could not check for an existing case">
            {lookup.state.error.message} You can still save: the same email is never saved twice.
          </StatusRegion>
        ) : null}
        {lookup.state.status === 'none' && suggestion.references.length > 0 ? (
          <StatusRegion intent="warning" title="Reference not found">
            {missingReferencesSentence(suggestion.references)}
          </StatusRegion>
        ) : null}
        <SenderCases
          cases={senderCases.cases.map((f) => senderCaseView(f, calendar, today))}
          busy={senderCases.busy}
          onAdd={addTo}
        />
        {senderCases.problem ? (
          <StatusRegion intent="error" title="The email was not added">
            {senderCases.problem}
          </StatusRegion>
        ) : null}
        <NewCase
          store={store}
          host={host}
          item={item}
          officer={officer}
          calendar={calendar}
          today={today}
          initial={initial}
          serviceAreas={settings.serviceAreas}
          receivedHint={clock?.hint}
          safeguarding={safeguarding}
          onSaved={onSaved}
          suggestion={suggestionNode}
        />
        {/* After the form: saving a new case is the common path, and the keyboard's first stop. */}
        <FindCase
          found={finder.found?.map((f) => ({
            ...senderCaseView(f, calendar, today),
            closed: f.case.value.status === 'closed',
          }))}
          said={finder.said}
          finding={finder.finding}
          problem={finder.problem}
          busy={senderCases.busy}
          onFind={finder.find}
          onAdd={addTo}
        />
      </>
    );
  }

  return (
    <div className={styles.root} data-email-id={item.itemId} data-triage-thread={thread}>
      <div className={styles.email} aria-label="Selected email" role="group">
        <Text weight="semibold">
          <PlainText text={item.subject || '(no subject)'} />
        </Text>
        <Text size={200}>
          From <SenderText name={item.from.name} address={item.from.address} />
          {item.sharedMailbox ? <> · in {item.sharedMailbox}</> : null}
        </Text>
      </div>
      {flag.decidedHere ? (
        <StatusRegion intent="info" title="Officer’s decision">
          {flag.decidedHere}
        </StatusRegion>
      ) : null}
      {flag.check ? (
        <StatusRegion intent="warning" title="Check for a safeguarding concern">
          {flag.check}
        </StatusRegion>
      ) : null}
      {flag.notFeedbackLike && !flag.decidedHere ? (
        <StatusRegion intent="info">{flag.notFeedbackLike}</StatusRegion>
      ) : null}
      {decisions.problem ? (
        <StatusRegion intent="warning" title="Officers’ decisions">
          {decisions.problem}
        </StatusRegion>
      ) : null}
      {saved ? (
        <div ref={savedRef} tabIndex={-1}>
          {saved.emailNotFiled ? (
            <StatusRegion
              intent="warning"
              title={`Saved as ${saved.file.case.value.reference}, without this email`}
            >
              {halfSavedSentence(saved.file, saved.emailNotFiled.message)}
            </StatusRegion>
          ) : (
            <StatusRegion intent="success" title={`Saved as ${saved.file.case.value.reference}`}>
              Case {saved.file.case.value.reference} saved
              {(() => {
                const dates = dueDatesOf(saved.file, calendar, today);
                return dates.length ? `. ${dueDatesSentence(dates, formatUkDate)}.` : '.';
              })()}
              {saved.notes.map((n) => (
                <div key={n}>{n}</div>
              ))}
            </StatusRegion>
          )}
        </div>
      ) : null}
      {addedTo && lookup.state.status === 'found' ? (
        <StatusRegion intent="success">{addedTo}</StatusRegion>
      ) : null}
      {settingsNote ? (
        <StatusRegion intent="info" title="Standard settings in use">
          {settingsNote}
        </StatusRegion>
      ) : null}
      {body}
      {/* After the form, so Tab still lands in it first; Alt+Shift+S raises from anywhere. */}
      {flag.decidedHere ? null : (
        <OfficerDecisions
          flagged={safeguarding !== undefined}
          busy={decisions.busy}
          onRaise={() => decide('raised', 'seen_by_officer')}
          onDismiss={(reason) => decide('dismissed', reason)}
          onNotFeedback={(reason) => decide('not_feedback', reason)}
        />
      )}
    </div>
  );
}
