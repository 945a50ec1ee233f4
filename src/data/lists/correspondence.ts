import { correspondenceRecord, type Correspondence } from '../../domain/records';
import { readRecord } from './fastPath/readRecord';
import {
  choiceColumn,
  dateTimeColumn,
  noteColumn,
  schemaVersionColumn,
  textColumn,
} from './columns';
import { readInstant, readNumber, readText, writeInstant } from './fieldValues';
import type { ListDefinition } from './listDefinition';

/**
 * Correspondence: emails, letters and call notes on a case. `MessageKey` (unique) is the
 * fingerprint of the email's internet message id, so adding the same email twice finds the
 * first item. The message id itself can be longer than an indexable column allows, so it
 * lives in a multi-line column.
 */
export const correspondenceList: ListDefinition<Correspondence & { messageKey: string }> = {
  key: 'correspondence',
  displayName: 'Correspondence',
  description: 'Feedback Desk: emails, letters and notes on each case.',
  keyColumn: 'MessageKey',
  columns: [
    textColumn('MessageKey', {
      unique: true,
      required: true,
      description: 'Fingerprint of the email (idempotency key).',
    }),
    textColumn('CaseReference', { indexed: true, required: true, displayName: 'Case reference' }),
    schemaVersionColumn(),
    choiceColumn('Direction', ['incoming', 'outgoing'], { required: true }),
    choiceColumn('Channel', ['email', 'letter', 'phone', 'meeting', 'other']),
    dateTimeColumn('At', { indexed: true, required: true, displayName: 'Date' }),
    textColumn('Subject'),
    textColumn('FromName', { displayName: 'From' }),
    textColumn('FromAddress', { displayName: 'From address' }, 255),
    noteColumn('InternetMessageId', { displayName: 'Internet message id' }),
    textColumn('ConversationId', { indexed: true, displayName: 'Email conversation' }),
    noteColumn('ArchivePath', { displayName: 'Archived email' }),
    noteColumn('Note'),
  ],
  keyOf: (c) => c.messageKey,
  // The snapshot leaves the message key out (it only makes saves idempotent); Title is the subject.
  notInSnapshot: ['Title', 'MessageKey'],
  toFields: (c) => ({
    Title: (c.subject || `${c.channel} ${c.direction}`).slice(0, 255),
    MessageKey: c.messageKey,
    CaseReference: c.caseReference,
    SchemaVersion: c.schemaVersion,
    Direction: c.direction,
    Channel: c.channel,
    At: writeInstant(c.at),
    Subject: c.subject.slice(0, 255),
    FromName: c.fromName?.slice(0, 255) ?? null,
    FromAddress: c.fromAddress?.slice(0, 255) ?? null,
    InternetMessageId: c.internetMessageId ?? null,
    ConversationId: c.conversationId?.slice(0, 255) ?? null,
    ArchivePath: c.archivePath ?? null,
    Note: c.note ?? null,
  }),
  fromFields: (f) => {
    const loaded = readRecord(correspondenceRecord, {
      schemaVersion: readNumber(f.SchemaVersion) ?? correspondenceRecord.version,
      caseReference: readText(f.CaseReference),
      direction: readText(f.Direction),
      channel: readText(f.Channel),
      at: readInstant(f.At),
      subject: readText(f.Subject) ?? '',
      fromName: readText(f.FromName),
      fromAddress: readText(f.FromAddress),
      internetMessageId: readText(f.InternetMessageId),
      conversationId: readText(f.ConversationId),
      archivePath: readText(f.ArchivePath),
      note: readText(f.Note),
    });
    return loaded.ok
      ? { ok: true, value: { ...loaded.value, messageKey: readText(f.MessageKey) ?? '' } }
      : loaded;
  },
};
