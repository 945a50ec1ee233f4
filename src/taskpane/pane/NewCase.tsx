import type { ReactNode } from 'react';
import { useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Person, StageNumber } from '../../domain/records';
import type { FeedbackStore } from '../../data/store';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { NewCaseForm, isSaveShortcut } from '../../ui/triage/NewCaseForm';
import { DueDateList } from '../../ui/triage/DueDateList';
import { SafeguardingAlert, type SafeguardingReferral } from '../../ui/triage/SafeguardingAlert';
import { StatusRegion } from '../../ui/common/StatusRegion';
import type { CaseDraft } from '../../ui/triage/caseDraft';
import { draftDueDates } from '../model/dueDates';
import { explainWriteError } from '../../services/writeErrors';
import { serviceAreaOptions } from '../model/paneSettings';
import { useNewCase, type SavedCase } from './useNewCase';
import { savedReasons, type AlertReasons } from '../model/paneFlag';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/**
 * A new matter: the safeguarding warning (if any), the prefilled form and its outcome.
 * Ctrl+Enter saves from anywhere in it: on a safeguarding email the first Tab lands in the
 * alert's referral date, and the keyboard path to Save must not break there.
 */
export function NewCase(props: {
  store: FeedbackStore;
  host: MailHost;
  item: MailItem;
  officer: Person;
  calendar: WorkingCalendar;
  today: string;
  initial: () => CaseDraft;
  /** The council's service areas (Settings), or the shipped ones until they are read. */
  serviceAreas: readonly string[];
  receivedHint: string | undefined;
  /** The safeguarding alert, when the pane flags the email. */
  safeguarding: AlertReasons | undefined;
  onSaved: (saved: SavedCase) => void;
  /** Shown after the safeguarding warning: the suggestion. */
  suggestion: ReactNode;
}) {
  const [referral, setReferral] = useState<SafeguardingReferral | undefined>();
  const flag = props.safeguarding
    ? { reasons: savedReasons(props.safeguarding), ...(referral ?? {}) }
    : undefined;
  const form = useNewCase({
    store: props.store,
    host: props.host,
    item: props.item,
    officer: props.officer,
    initial: props.initial,
    safeguarding: flag,
    onSaved: props.onSaved,
  });
  const styles = useStyles();
  const preview = previewDueDates(props.calendar, form.draft);
  const saving = form.save.status === 'saving';
  return (
    <div
      className={styles.root}
      onKeyDown={(event) => {
        if (!isSaveShortcut(event)) return;
        event.preventDefault();
        if (!saving) void form.submit();
      }}
    >
      {props.safeguarding ? (
        <SafeguardingAlert
          notes={props.safeguarding.notes}
          reasons={props.safeguarding.quotes}
          referral={referral}
          today={props.today}
          officer={props.officer.name}
          onRecordReferral={setReferral}
        />
      ) : null}
      {props.suggestion}
      {form.save.status === 'failed' ? (
        <StatusRegion intent="error" title="The case was not saved">
          {
            explainWriteError(form.save.error, { action: 'saving the case', record: 'this case' })
              .message
          }
        </StatusRegion>
      ) : null}
      <NewCaseForm
        draft={form.draft}
        errors={form.errors}
        serviceAreas={serviceAreaOptions(props.serviceAreas, form.draft.serviceArea)}
        {...(props.receivedHint ? { receivedHint: props.receivedHint } : {})}
        saving={saving}
        onChange={form.change}
        onSubmit={() => void form.submit()}
        preview={
          preview.length > 0 ? (
            <div>
              <Text weight="semibold">If saved now</Text>
              <DueDateList dates={preview} label="Due dates if saved now" />
            </div>
          ) : null
        }
      />
    </div>
  );
}

function previewDueDates(calendar: WorkingCalendar, draft: CaseDraft) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.received)) return [];
  try {
    return draftDueDates(calendar, {
      type: draft.type,
      procedure: draft.procedure === '' ? null : draft.procedure,
      stage: Number(draft.stage) as StageNumber,
      received: draft.received,
    });
  } catch {
    return []; // a date the calendar cannot place: no preview until it is whole
  }
}
