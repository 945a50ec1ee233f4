import { signOffDecisions, signOffRecord, type SignOffRecord } from '../../domain/records';
import { choice, note, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import type { SignOff } from '../../domain/plans/planState';
import type { Stored } from '../store';

/**
 * Sign-offs: one item per decision of a head of service on an action plan. Only heads of
 * service may add to it and nobody but the site's owners may change an item afterwards
 * (`access`); who decided and when are SharePoint's own `createdBy` and `createdDateTime`
 * (`stamped`), so there is no column for either.
 */
export const signOffsList: MappedList<SignOffRecord> = mappedList<SignOffRecord>({
  key: 'signOffs',
  access: { edit: [], add: ['headsOfService'], read: ['officers', 'managers'] },
  stamped: true,
  displayName: 'Sign-offs',
  description:
    'Feedback Desk: heads of service’s decisions on action plans (signed off, returned, completed). Added by heads of service only; never edited.',
  keyColumn: 'SignOffKey',
  record: signOffRecord,
  title: (s) => `${s.planId} ${s.decision}`.slice(0, 255),
  fields: {
    key: text('SignOffKey', { unique: true, required: true, displayName: 'Sign-off key' }),
    planId: text('PlanId', { indexed: true, required: true, displayName: 'Plan id' }),
    schemaVersion: schemaVersion(signOffRecord.version),
    decision: choice('Decision', signOffDecisions, { required: true }),
    comment: note('Comment'),
  },
  notInSnapshot: ['Title'],
  keyOf: (s) => s.key,
});

/**
 * A stored sign-off as the domain reads it: decision and comment from its fields, who and
 * when from SharePoint's stamps, its order from the item id (SharePoint numbers items in the
 * order they were added).
 */
export function toSignOff(stored: Stored<SignOffRecord>): SignOff {
  return {
    planId: stored.value.planId,
    decision: stored.value.decision,
    comment: stored.value.comment,
    by: stored.createdBy ?? { name: 'Unknown' },
    at: stored.created ?? '',
    order: Number(stored.itemId),
  };
}
