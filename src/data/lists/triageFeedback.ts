import { CONCERN_KINDS } from '../../domain/triage/concerns';
import { DECISION_REASONS, OFFICER_DECISIONS } from '../../domain/triage/officerFeedback';
import { triageFeedbackRecord, type TriageFeedbackRecord } from '../../domain/records';
import { choice, choices, json, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';

/**
 * Triage feedback: officers' decisions at triage (a concern raised by hand, a flag dismissed
 * with a reason, an email set aside as not feedback), which the pane learns from
 * (src/domain/triage/officerFeedback.ts). No email text and nothing personal: word buckets
 * shared by many words, the kinds of concern and the email's fingerprint; who decided and
 * when are SharePoint's stamps (`stamped`). Officers and managers add decisions and never
 * change one afterwards. Read by the pane when it opens, not in the tab's snapshot.
 */
export const triageFeedbackList: MappedList<TriageFeedbackRecord> =
  mappedList<TriageFeedbackRecord>({
    key: 'triageFeedback',
    access: { edit: [], add: ['officers', 'managers'], read: [] },
    stamped: true,
    displayName: 'Triage feedback',
    description:
      'Feedback Desk: officers’ safeguarding and triage decisions the pane learns from (raised by hand, dismissed with a reason, not feedback). No email text.',
    keyColumn: 'FeedbackId',
    record: triageFeedbackRecord,
    title: (f) => `${f.decision} ${f.reason}`,
    fields: {
      id: text('FeedbackId', { unique: true, required: true, displayName: 'Feedback id' }),
      schemaVersion: schemaVersion(triageFeedbackRecord.version),
      decision: choice('Decision', OFFICER_DECISIONS, { required: true }),
      reason: choice('Reason', DECISION_REASONS, { required: true }),
      features: json<readonly string[]>('Features', {
        description:
          'Word buckets and concern kinds (never words): what similar mail is matched on.',
      }),
      concernKinds: choices('ConcernKinds', CONCERN_KINDS, { displayName: 'Concern kinds' }),
      emailKey: text('EmailKey', {
        indexed: true,
        required: true,
        displayName: 'Email fingerprint',
      }),
    },
    keyOf: (f) => f.id,
  });
