import {
  causes,
  complainants,
  feedbackCaseRecord,
  feedbackTypes,
  learningCategories,
  outcomes,
  parseReference,
  procedures,
  type FeedbackCase,
} from '../../domain/records';
import {
  booleanColumn,
  choiceColumn,
  dateColumn,
  dateTimeColumn,
  noteColumn,
  numberColumn,
  schemaVersionColumn,
  textColumn,
} from './columns';
import {
  defined,
  readBoolean,
  readDate,
  readInstant,
  readJson,
  readMulti,
  readNumber,
  readText,
  writeDate,
  writeInstant,
  writeJson,
  writeMulti,
  type Fields,
} from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { before, onOrAfter, quartersSince } from './recentFilters';
import { readRecord } from './fastPath/readRecord';

/**
 * Cases: one item per complaint, compliment, MP enquiry or comment. Top-level values are
 * typed columns (so SharePoint views and filters work); the list of safeguarding phrases is
 * JSON. `MessageKey` (unique) makes saving the same email twice find the first case;
 * `ReferenceSeries` + `ReferenceSequence` give the next reference number in one indexed query.
 */
export const casesList: ListDefinition<FeedbackCase> = {
  key: 'cases',
  displayName: 'Cases',
  description: 'Feedback Desk: complaints, compliments, MP enquiries and comments.',
  keyColumn: 'Reference',
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
    textColumn('MessageKey', {
      unique: true,
      description:
        'Fingerprint of the email the case was saved from (or of its reference), so it is saved once.',
    }),
    schemaVersionColumn(),
    choiceColumn('FeedbackType', feedbackTypes, { indexed: true, required: true }),
    choiceColumn('Procedure', procedures, { indexed: true }),
    choiceColumn('CaseStatus', ['open', 'closed'], {
      indexed: true,
      required: true,
      displayName: 'Status',
    }),
    numberColumn('CurrentStage', { indexed: true }),
    dateColumn('Received', { indexed: true, required: true }),
    dateTimeColumn('ReceivedAt', { displayName: 'Received at' }),
    noteColumn('Summary'),
    choiceColumn('Complainant', complainants),
    textColumn('ServiceArea', { indexed: true, displayName: 'Service area' }),
    choiceColumn('Causes', causes, { multi: true }),
    textColumn('OwnerName', { displayName: 'Owner' }),
    textColumn('OwnerUpn', { indexed: true, displayName: 'Owner sign-in name' }),
    booleanColumn('EarlyResolution', { displayName: 'Early resolution' }),
    choiceColumn('Outcome', outcomes, { indexed: true }),
    dateColumn('Closed', { indexed: true }),
    dateColumn('Acknowledged'),
    dateColumn('Responded'),
    choiceColumn('Learning', learningCategories, { multi: true }),
    booleanColumn('JointWithNhs', { displayName: 'Joint with the NHS' }),
    booleanColumn('TimeLimitWaived', { displayName: 'Time limit waived' }),
    booleanColumn('SafeguardingFlagged', { indexed: true, displayName: 'Safeguarding concern' }),
    noteColumn('SafeguardingReasons', {
      description: 'JSON list of the phrases that raised the flag.',
    }),
    dateColumn('SafeguardingReferredOn', { displayName: 'Referred to the front door on' }),
    textColumn('SafeguardingReferredBy', { displayName: 'Referred by' }),
    noteColumn('SafeguardingNote'),
    textColumn('ComplimentPraised', { displayName: 'Praised' }),
    textColumn('ComplimentForwardTo', { displayName: 'Forward to' }),
    dateColumn('ComplimentForwardedOn', { displayName: 'Forwarded on' }),
    noteColumn('ComplimentQuote', { displayName: 'Quotation' }),
    booleanColumn('ComplimentQuotable', { displayName: 'May be quoted' }),
    textColumn('MpName', { displayName: 'MP' }),
    textColumn('MpConstituency', { displayName: 'Constituency' }),
    textColumn('MpConstituent', { displayName: 'Constituent' }),
    textColumn('ConversationId', { indexed: true, displayName: 'Email conversation' }),
  ],
  keyOf: (c) => c.reference,
  // What a year's figures read (src/domain/reporting/yearPasses.ts): cases received, closed
  // or answered (MP enquiries, closed when answered) in it, and every open case.
  recentFilters: (from, today) => [
    ...quartersSince('Received', from, today),
    `${onOrAfter('Closed', from)} and ${before('Received', from)}`,
    `fields/CaseStatus eq 'open' and ${before('Received', from)}`,
  ],
  // Kept for writes: the reference series and sequence (the next number), the message key
  // (idempotent saves), the Title (the reference again). A snapshot of 20,000 cases is ~3 MB smaller.
  notInSnapshot: ['Title', 'ReferenceSeries', 'ReferenceSequence', 'MessageKey'],
  toFields: (c) => {
    const parsed = parseReference(c.reference);
    return {
      Title: c.reference,
      Reference: c.reference,
      ReferenceSeries: parsed ? `${parsed.prefix}-${parsed.year}` : null,
      ReferenceSequence: parsed ? parsed.sequence : null,
      SchemaVersion: c.schemaVersion,
      FeedbackType: c.type,
      Procedure: c.procedure,
      CaseStatus: c.status,
      CurrentStage: c.currentStage,
      Received: writeDate(c.received),
      ReceivedAt: writeInstant(c.receivedAt),
      Summary: c.summary,
      Complainant: c.complainant,
      ServiceArea: c.serviceArea ?? null,
      ...writeMulti('Causes', c.causes),
      OwnerName: c.owner?.name ?? null,
      OwnerUpn: c.owner?.upn ?? null,
      EarlyResolution: c.earlyResolution,
      Outcome: c.outcome ?? null,
      Closed: writeDate(c.closed),
      Acknowledged: writeDate(c.acknowledged),
      Responded: writeDate(c.responded),
      ...writeMulti('Learning', c.learning),
      JointWithNhs: c.jointWithNhs,
      TimeLimitWaived: c.timeLimitWaived,
      SafeguardingFlagged: c.safeguarding?.flagged ?? false,
      SafeguardingReasons: c.safeguarding ? writeJson(c.safeguarding.reasons) : null,
      SafeguardingReferredOn: writeDate(c.safeguarding?.referredOn),
      SafeguardingReferredBy: c.safeguarding?.referredBy ?? null,
      SafeguardingNote: c.safeguarding?.note ?? null,
      ComplimentPraised: c.compliment?.praised ?? null,
      ComplimentForwardTo: c.compliment?.forwardTo ?? null,
      ComplimentForwardedOn: writeDate(c.compliment?.forwardedOn),
      ComplimentQuote: c.compliment?.quote ?? null,
      ComplimentQuotable: c.compliment ? c.compliment.quotable : null,
      MpName: c.mp?.name ?? null,
      MpConstituency: c.mp?.constituency ?? null,
      MpConstituent: c.mp?.constituent ?? null,
      // Indexed text holds 255 characters; Outlook's conversation ids are well under that.
      ConversationId: c.conversationId?.slice(0, 255) ?? null,
    };
  },
  fromFields: (f) => readRecord(feedbackCaseRecord, caseObjectFromFields(f)),
};

/** The stored shape, before migration and validation. */
function caseObjectFromFields(f: Fields): Record<string, unknown> {
  const version = readNumber(f.SchemaVersion) ?? feedbackCaseRecord.version;
  const ownerName = readText(f.OwnerName);
  const praised = readText(f.ComplimentPraised);
  const mpName = readText(f.MpName);
  const reasons = readJson(f.SafeguardingReasons);
  const flagged = readBoolean(f.SafeguardingFlagged) ?? false;
  const causesRead = readMulti(f.Causes);
  return {
    schemaVersion: version,
    reference: readText(f.Reference) ?? readText(f.Title),
    type: readText(f.FeedbackType),
    procedure: readText(f.Procedure) ?? null,
    status: readText(f.CaseStatus),
    currentStage: readNumber(f.CurrentStage) ?? 0,
    received: readDate(f.Received),
    receivedAt: readInstant(f.ReceivedAt),
    summary: readText(f.Summary),
    complainant: readText(f.Complainant),
    serviceArea: readText(f.ServiceArea),
    // v1 kept one cause; its migration turns `cause` into `causes`.
    ...(version === 1 ? { cause: readText(f.Cause) ?? causesRead[0] } : { causes: causesRead }),
    owner: ownerName ? defined({ name: ownerName, upn: readText(f.OwnerUpn) }) : undefined,
    earlyResolution: readBoolean(f.EarlyResolution),
    outcome: readText(f.Outcome),
    closed: readDate(f.Closed),
    acknowledged: readDate(f.Acknowledged),
    responded: readDate(f.Responded),
    learning: readMulti(f.Learning),
    jointWithNhs: readBoolean(f.JointWithNhs),
    timeLimitWaived: readBoolean(f.TimeLimitWaived),
    safeguarding:
      flagged || reasons !== undefined || readDate(f.SafeguardingReferredOn)
        ? defined({
            flagged,
            reasons: Array.isArray(reasons) ? reasons : [],
            referredOn: readDate(f.SafeguardingReferredOn),
            referredBy: readText(f.SafeguardingReferredBy),
            note: readText(f.SafeguardingNote),
          })
        : undefined,
    compliment: praised
      ? defined({
          praised,
          forwardTo: readText(f.ComplimentForwardTo),
          forwardedOn: readDate(f.ComplimentForwardedOn),
          quote: readText(f.ComplimentQuote),
          quotable: readBoolean(f.ComplimentQuotable) ?? false,
        })
      : undefined,
    mp: mpName
      ? defined({
          name: mpName,
          constituency: readText(f.MpConstituency),
          constituent: readText(f.MpConstituent),
        })
      : undefined,
    conversationId: readText(f.ConversationId),
  };
}
