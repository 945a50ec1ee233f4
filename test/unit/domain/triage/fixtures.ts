import type { TriageEmail } from '../../../../src/domain/triage';

/** A fictitious email to the fictitious Examplebury council's complaints mailbox. */
export function email(
  subject: string,
  body: string,
  from: { name?: string; address: string } = { name: 'Pat Resident', address: 'pat@mail.example' },
): TriageEmail {
  return {
    subject,
    body,
    from,
    to: 'complaints@examplebury.gov.uk',
    receivedAt: '2025-03-03T09:00:00Z',
  };
}
