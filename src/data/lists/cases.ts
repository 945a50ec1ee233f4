import {
  advocacyStates,
  causes,
  complainants,
  youngPersonAgeBands,
  feedbackCaseRecord,
  feedbackTypes,
  learningCategories,
  outcomes,
  parseReference,
  procedures,
  receivedVias,
  withdrawalReasons,
  type FeedbackCase,
} from '../../domain/records';
import { noteColumn, numberColumn, textColumn } from './columns';
import {
  choice,
  choices,
  date,
  group,
  instant,
  json,
  note,
  number,
  orElse,
  schemaVersion,
  text,
  yesNo,
  type FieldMapping,
} from './fieldMap';
import { readText } from './fieldValues';
import { mappedList, type MappedList } from './mappedList';
import { teamAccess } from './siteRoles';
import { before, quarterRangesBetween, quarterRangesSince, yearsBefore } from './recentFilters';

/**
 * The reference, with the series and sequence it is numbered in (written, never read back: a
 * snapshot leaves them out). An item without `Reference` falls back on its Title.
 */
const reference: FieldMapping<string> = {
  kind: { is: 'text' },
  columns: [
    textColumn('Reference', {
      unique: true,
      required: true,
      description: 'Case reference, e.g. CSC-2025-0042.',
    }),
    textColumn('ReferenceSeries', {
      indexed: true,
      description: 'Prefix and year of the reference, e.g. CSC-2025.',
    }),
    numberColumn('ReferenceSequence', { indexed: true, description: 'Number within the series.' }),
  ],
  write: (value) => {
    const parsed = value == null ? undefined : parseReference(value);
    return {
      Reference: value ?? null,
      ReferenceSeries: parsed ? `${parsed.prefix}-${parsed.year}` : null,
      ReferenceSequence: parsed ? parsed.sequence : null,
    };
  },
  read: (f) => readText(f.Reference) ?? readText(f.Title),
};

/**
 * Cases: one item per complaint, compliment, MP enquiry or comment. Top-level values are
 * typed columns (so SharePoint views and filters work); the list of safeguarding phrases is
 * JSON. `MessageKey` (unique) makes saving the same email twice find the first case;
 * `ReferenceSeries` + `ReferenceSequence` give the next reference number in one indexed query.
 */
export const casesList: MappedList<FeedbackCase> = mappedList<FeedbackCase>({
  key: 'cases',
  access: teamAccess,
  displayName: 'Cases',
  description: 'Feedback Desk: complaints, compliments, MP enquiries and comments.',
  keyColumn: 'Reference',
  record: feedbackCaseRecord,
  title: (c) => c.reference,
  keyOf: (c) => c.reference,
  extraColumns: [
    {
      column: textColumn('MessageKey', {
        unique: true,
        description:
          'Fingerprint of the email the case was saved from (or of its reference), so it is saved once.',
      }),
    },
    {
      // Written by the store with each save of the case (empty when none was given), so each
      // version of the item carries its own reason; who and when are SharePoint's Editor and
      // Modified. Read back from the item's versions only (src/data/graphStore/caseChanges.ts).
      column: noteColumn('ChangeReason', {
        displayName: 'Reason for the change',
        description:
          'Why the type, procedure or stage was changed in this save (see the item’s version history).',
      }),
    },
  ],
  fields: {
    reference,
    schemaVersion: schemaVersion(feedbackCaseRecord.version),
    type: choice('FeedbackType', feedbackTypes, { indexed: true, required: true }),
    procedure: orElse(choice('Procedure', procedures, { indexed: true }), null),
    status: choice('CaseStatus', ['open', 'closed'], {
      indexed: true,
      required: true,
      displayName: 'Status',
    }),
    currentStage: orElse(number('CurrentStage', { indexed: true }), 0),
    received: date('Received', { indexed: true, required: true }),
    receivedAt: instant('ReceivedAt', { displayName: 'Received at' }),
    receivedVia: choice('ReceivedVia', receivedVias, { displayName: 'Received via' }),
    summary: note('Summary'),
    complainant: choice('Complainant', complainants),
    serviceArea: text('ServiceArea', { indexed: true, displayName: 'Service area' }),
    causes: choices('Causes', causes),
    owner: group(
      {
        name: text('OwnerName', { displayName: 'Owner' }),
        upn: text('OwnerUpn', { indexed: true, displayName: 'Owner sign-in name' }),
      },
      (p) => (p.name ? p : undefined),
    ),
    earlyResolution: yesNo('EarlyResolution', { displayName: 'Early resolution' }),
    outcome: choice('Outcome', outcomes, { indexed: true }),
    closed: date('Closed', { indexed: true }),
    acknowledged: date('Acknowledged'),
    responded: date('Responded'),
    learning: choices('Learning', learningCategories),
    jointWithNhs: yesNo('JointWithNhs', { displayName: 'Joint with the NHS' }),
    timeLimitWaived: yesNo('TimeLimitWaived', { displayName: 'Time limit waived' }),
    escalatedForDelay: yesNo('EscalatedForDelay', { displayName: 'Escalated for delay' }),
    earlyOmbudsmanReferral: yesNo('EarlyOmbudsmanReferral', {
      displayName: 'Early referral to the Ombudsman',
    }),
    lookedAfterChild: yesNo('LookedAfterChild', { displayName: 'Looked-after child' }),
    youngPersonAge: choice('YoungPersonAge', youngPersonAgeBands, {
      displayName: 'Young person’s age band',
    }),
    advocacy: choice('Advocacy', advocacyStates),
    adjustments: note('Adjustments', { displayName: 'Reasonable adjustments' }),
    adjustmentsReviewOn: date('AdjustmentsReviewOn', { displayName: 'Adjustments review due' }),
    // Indexed: retention review reads the held cases.
    legalHold: yesNo('LegalHold', { indexed: true, displayName: 'Legal hold' }),
    postcodeDistrict: text('PostcodeDistrict', { displayName: 'Postcode district' }),
    withdrawnAs: choice('WithdrawnAs', withdrawalReasons, { displayName: 'Withdrawn as' }),
    duplicateOf: text('DuplicateOf', { displayName: 'Duplicate of' }),
    ward: text('Ward'),
    parts: json<FeedbackCase['parts']>('Parts', {
      displayName: 'Parts',
      description: 'A complaint in several parts: each part’s service area and finding (JSON).',
    }),
    safeguarding: group(
      {
        // Written false, not left empty, when there is no concern: the column is filtered on.
        flagged: orElse(
          yesNo('SafeguardingFlagged', { indexed: true, displayName: 'Safeguarding concern' }),
          false,
        ),
        reasons: json<string[]>('SafeguardingReasons', {
          description: 'JSON list of the phrases that raised the flag.',
        }),
        referredOn: date('SafeguardingReferredOn', {
          displayName: 'Referred to the front door on',
        }),
        referredBy: text('SafeguardingReferredBy', { displayName: 'Referred by' }),
        note: note('SafeguardingNote'),
      },
      (p) =>
        p.flagged || p.reasons !== undefined || p.referredOn
          ? { ...p, reasons: Array.isArray(p.reasons) ? p.reasons : [] }
          : undefined,
    ),
    compliment: group(
      {
        praised: text('ComplimentPraised', { displayName: 'Praised' }),
        forwardTo: text('ComplimentForwardTo', { displayName: 'Forward to' }),
        forwardedOn: date('ComplimentForwardedOn', { displayName: 'Forwarded on' }),
        quote: note('ComplimentQuote', { displayName: 'Quotation' }),
        quotable: yesNo('ComplimentQuotable', { displayName: 'May be quoted' }),
      },
      (p) => (p.praised ? { ...p, quotable: p.quotable ?? false } : undefined),
    ),
    mp: group(
      {
        name: text('MpName', { displayName: 'MP' }),
        constituency: text('MpConstituency', { displayName: 'Constituency' }),
        constituent: text('MpConstituent', { displayName: 'Constituent' }),
      },
      (p) => (p.name ? p : undefined),
    ),
    // Indexed text holds 255 characters; Outlook's conversation ids are well under that.
    conversationId: text('ConversationId', {
      indexed: true,
      displayName: 'Email conversation',
      clip: true,
    }),
  },
  // v1 kept one cause; its migration turns `cause` into `causes`.
  olderVersion: ({ causes: read, ...stored }, f) => ({
    ...stored,
    cause: readText(f.Cause) ?? (read as string[])[0],
  }),
  // What a year's figures read (src/domain/reporting/yearPasses.ts): cases received, closed
  // or answered (MP enquiries, closed when answered) in it, and every open case.
  // SharePoint holds the first indexed column of each filter against the 5,000 threshold
  // (docs/contracts.md), so the cases closed since `from` are read a quarter of closures at a
  // time too; the open cases are few. A larger council's refused reads are cut further (`narrowerReads`).
  recentFilters: (from, today) => [
    ...quarterRangesSince('Received', from, today),
    ...quarterRangesSince('Closed', from, today).map((q) => ({
      ...q,
      and: before('Received', from),
    })),
    // Led by the status: the open cases are few, the cases received before the window many.
    { column: 'Received', to: from, first: "fields/CaseStatus eq 'open'" },
  ],
  // Back from `to` to `from`: received in between, or received before and closed in between.
  // The open cases received before `from` were all read with the window from `to`.
  widerFilters: (from, to) => [
    ...quarterRangesBetween('Received', from, to),
    ...quarterRangesBetween('Closed', from, to).map((q) => ({
      ...q,
      and: before('Received', from),
    })),
  ],
  // The rest of the history, read after the first view: with the filters above, every item.
  historyFilters: (from) => yearsBefore('Received', from, 7),
  // Kept for writes: the reference series and sequence (the next number), the message key
  // (idempotent saves), the Title (the reference again), the last save's reason (read from the
  // item's versions). A snapshot of 20,000 cases is ~3 MB smaller.
  notInSnapshot: ['Title', 'ReferenceSeries', 'ReferenceSequence', 'MessageKey', 'ChangeReason'],
});
