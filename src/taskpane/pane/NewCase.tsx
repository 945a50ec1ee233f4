import type { ReactNode } from 'react';
import { useState } from 'react';
import { Text } from '@fluentui/react-components';
import { defaultServiceAreas, type Person, type StageNumber } from '../../domain/records';
import type { FeedbackStore } from '../../data/store';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import { NewCaseForm } from '../../ui/triage/NewCaseForm';
import { DueDateList } from '../../ui/triage/DueDateList';
import { SafeguardingAlert, type SafeguardingReferral } from '../../ui/triage/SafeguardingAlert';
import { StatusRegion } from '../../ui/common/StatusRegion';
import type { CaseDraft } from '../../ui/triage/caseDraft';
import { draftDueDates } from '../model/dueDates';
import { explainWriteError } from '../../services/writeErrors';
import { useNewCase, type SavedCase } from './useNewCase';

/** A new matter: the safeguarding warning (if any), the prefilled form and its outcome. */
export function NewCase(props: {
  store: FeedbackStore;
  host: MailHost;
  item: MailItem;
  officer: Person;
  calendar: WorkingCalendar;
  today: string;
  initial: () => CaseDraft;
  receivedHint: string | undefined;
  safeguardingReasons: readonly string[] | undefined;
  onSaved: (saved: SavedCase) => void;
  /** Shown after the safeguarding warning: the suggestion. */
  suggestion: ReactNode;
}) {
  const [referral, setReferral] = useState<SafeguardingReferral | undefined>();
  const flag = props.safeguardingReasons
    ? { reasons: props.safeguardingReasons, ...(referral ?? {}) }
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
  const preview = previewDueDates(props.calendar, form.draft);
  return (
    <>
      {props.safeguardingReasons ? (
        <SafeguardingAlert
          reasons={props.safeguardingReasons}
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
        serviceAreas={defaultServiceAreas}
        {...(props.receivedHint ? { receivedHint: props.receivedHint } : {})}
        saving={form.save.status === 'saving'}
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
    </>
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
