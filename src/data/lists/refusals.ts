import { procedures, refusalReasons, refusalRecord, type Refusal } from '../../domain/records';
import { choice, date, schemaVersion, text, yesNo } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { managerAccess } from './siteRoles';

/**
 * Refusals: complaints the council did not accept, with the reason and whether the Ombudsman
 * was signposted (the Complaint Handling Code's register, docs/domain.md, Refusals). Recorded
 * by the complaints manager; officers and heads of service read them.
 */
export const refusalsList: MappedList<Refusal> = mappedList<Refusal>({
  key: 'refusals',
  access: managerAccess,
  displayName: 'Refusals',
  description:
    'Feedback Desk: complaints not accepted, with the reason and the Ombudsman signposted.',
  keyColumn: 'RefusalId',
  record: refusalRecord,
  title: (r) => r.id,
  fields: {
    id: text('RefusalId', { unique: true, required: true, displayName: 'Refusal id' }),
    schemaVersion: schemaVersion(refusalRecord.version),
    received: date('Received', { required: true }),
    refused: date('Refused', { indexed: true, required: true }),
    caseReference: text('CaseReference', { indexed: true, displayName: 'Case reference' }),
    procedure: choice('Procedure', procedures, { indexed: true }),
    serviceArea: text('ServiceArea', { displayName: 'Service area' }),
    reason: choice('Reason', refusalReasons, { indexed: true, required: true }),
    reasonOther: text('ReasonOther', { displayName: 'Other reason' }),
    signposted: yesNo('Signposted', { displayName: 'Ombudsman signposted' }),
  },
  keyOf: (r) => r.id,
});
