import { useState } from 'react';
import type { CaseFile } from '../../data/store';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import { letterKindsFor, letterScopeOf, type LetterKind } from '../../domain/letters';
import type { MailHost, MailItem } from '../../platform/outlook/mailHost';
import type { StageEventInput } from '../../ui/common/StageEventForm';
import { formatUkDate } from '../../domain/format';
import type { LetterView } from '../../ui/triage/LetterPanel';
import { draftLetter } from '../model/letterDraft';

/**
 * The letters of the case on screen: which can be drafted, the one drafted (opened as a reply
 * in Outlook; a preview in the workbench) and what confirming it records: an acknowledgement
 * its date, an extension its agreement today with the reason. A response is recorded with its
 * outcome in the stage form, so its letter records nothing.
 */
export function useCaseLetters({
  host,
  item,
  file,
  officerName,
  councilName,
  templates,
  calendar,
  today,
  onRecord,
}: {
  host: MailHost;
  item: MailItem;
  file: CaseFile;
  officerName: string;
  councilName: string;
  templates: Readonly<Record<string, string>>;
  calendar: WorkingCalendar | undefined;
  today: string;
  onRecord: (event: StageEventInput) => Promise<boolean>;
}) {
  const [letter, setLetter] = useState<(LetterView & { event?: StageEventInput }) | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const c = file.case.value;
  const stage = file.stages.at(-1)?.value;
  const open = c.status === 'open';
  const kinds = open
    ? letterKindsFor(letterScopeOf(c)).filter(
        (k) => k !== 'extension' || (stage !== undefined && stage.extension === undefined),
      )
    : [];
  const acknowledgedOn = stage ? stage.acknowledged : c.acknowledged;

  async function draft(kind: LetterKind, reason?: string) {
    if (!calendar) return;
    setProblem(undefined);
    const drafted = draftLetter({
      kind,
      file,
      recipientName: item.from.name,
      officerName,
      councilName,
      templates,
      calendar,
      today,
      ...(reason !== undefined ? { reason } : {}),
    });
    if (!drafted.ok) {
      setProblem(drafted.error.message);
      return;
    }
    let opened: LetterView['opened'];
    try {
      const shown = await host.displayReply(item.itemId, drafted.value.html);
      opened = shown.ok
        ? { in: host.kind === 'outlook' ? 'outlook' : 'preview' }
        : { problem: shown.error.message };
    } catch {
      opened = { problem: 'The reply could not be opened. Copy the letter below.' };
    }
    const confirm = confirmation(kind, acknowledgedOn, today, reason);
    setLetter({ kind, text: drafted.value.text, opened, ...confirm });
  }

  async function confirm() {
    if (!letter?.event) return;
    if (await onRecord(letter.event)) setLetter(undefined);
  }

  return {
    kinds,
    letter,
    problem,
    draft: (kind: LetterKind, reason?: string) => void draft(kind, reason),
    confirm: () => void confirm(),
    discard: () => setLetter(undefined),
  };
}

function confirmation(
  kind: LetterKind,
  acknowledgedOn: string | undefined,
  today: string,
  reason: string | undefined,
): { confirmLabel?: string; confirmNote?: string; event?: StageEventInput } {
  if (kind === 'acknowledgement') {
    if (acknowledgedOn)
      return { confirmNote: `Acknowledged on ${formatUkDate(acknowledgedOn)} already.` };
    return {
      confirmLabel: 'Mark acknowledgement sent today',
      event: { kind: 'acknowledged', on: today },
    };
  }
  if (kind === 'extension')
    return {
      confirmLabel: 'Mark extension sent today',
      event: { kind: 'extension', agreedOn: today, reason: reason?.trim() ?? '' },
    };
  return { confirmNote: 'Record the response below with its outcome once it is sent.' };
}
