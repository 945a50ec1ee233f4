import { correspondenceRecord, surnameKey, type Correspondence } from '../../domain/records';
import { textColumn } from './columns';
import {
  choice,
  instant,
  json,
  note,
  orElse,
  schemaVersion,
  text,
  type FieldMapping,
} from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { everyYear } from './recentFilters';
import { teamAccess } from './siteRoles';

const fromNameColumn = text('FromName', { displayName: 'From', clip: true });

/**
 * The sender's name, and beside it their surname as the pane's "Find a case" looks it up
 * (surnameKey: lower case, no accents), indexed so that `startswith` on it stays an index seek
 * under SharePoint's 5,000-item threshold. Written with the name, never read back.
 */
const fromName: FieldMapping<string> = {
  kind: fromNameColumn.kind,
  columns: [
    ...fromNameColumn.columns,
    textColumn('FromSurname', {
      indexed: true,
      displayName: 'From (surname)',
      description: 'The sender’s surname in lower case, for finding their cases.',
    }),
  ],
  write: (value) => ({
    ...fromNameColumn.write(value),
    FromSurname: value == null ? null : (surnameKey(value) ?? null),
  }),
  read: fromNameColumn.read,
};

/**
 * Correspondence: emails, letters and call notes on a case. `MessageKey` (unique) is the
 * fingerprint of the email's internet message id, so adding the same email twice finds the
 * first item. The message id itself can be longer than an indexable column allows, so it
 * lives in a multi-line column.
 */
export const correspondenceList: MappedList<Correspondence & { messageKey: string }> = mappedList<
  Correspondence & { messageKey: string }
>({
  key: 'correspondence',
  access: teamAccess,
  displayName: 'Correspondence',
  description: 'Feedback Desk: emails, letters and notes on each case.',
  keyColumn: 'MessageKey',
  record: correspondenceRecord,
  title: (c) => (c.subject || `${c.channel} ${c.direction}`).slice(0, 255),
  fields: {
    messageKey: orElse(
      text('MessageKey', {
        unique: true,
        required: true,
        description: 'Fingerprint of the email (idempotency key).',
      }),
      '',
    ),
    caseReference: text('CaseReference', {
      indexed: true,
      required: true,
      displayName: 'Case reference',
    }),
    schemaVersion: schemaVersion(correspondenceRecord.version),
    direction: choice('Direction', ['incoming', 'outgoing'], { required: true }),
    channel: choice('Channel', ['email', 'letter', 'phone', 'meeting', 'other']),
    at: instant('At', { indexed: true, required: true, displayName: 'Date' }),
    subject: orElse(text('Subject', { clip: true }), ''),
    fromName,
    // The schema allows 320 characters; the column keeps the first 255. Indexed: the pane
    // looks up a sender's other open cases by it (src/data/graphStore/senderCases.ts).
    fromAddress: text('FromAddress', { indexed: true, displayName: 'From address', clip: true }),
    internetMessageId: note('InternetMessageId', { displayName: 'Internet message id' }),
    conversationId: text('ConversationId', {
      indexed: true,
      displayName: 'Email conversation',
      clip: true,
    }),
    archivePath: note('ArchivePath', { displayName: 'Archived email' }),
    attachments: json<string[]>('AttachmentNames', { displayName: 'Attachment names' }),
    note: note('Note'),
  },
  // The message key only makes saves idempotent: read beside the record, not by its schema.
  beside: ['messageKey'],
  keyOf: (c) => c.messageKey,
  // The snapshot leaves the message key out (it only makes saves idempotent); Title is the subject.
  notInSnapshot: ['Title', 'MessageKey', 'FromSurname'],
  // As many items as cases or more: read a year at a time side by side (a year SharePoint
  // refuses as over its threshold is cut in two and asked again).
  wholeListFilters: (today) => everyYear('At', today),
});
