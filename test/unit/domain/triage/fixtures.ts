import { suggestTriage, type TriageEmail } from '../../../../src/domain/triage';

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

/** The type by the rules alone (no prior), so a rule cannot lean on word statistics, and as the pane shows it. */
export const typeOf = (e: TriageEmail): { rules: string; shipped: string } => ({
  rules: suggestTriage(e, undefined, null).type,
  shipped: suggestTriage(e).type,
});

/** The same type by the rules alone and as shipped. */
export const both = (type: string) => ({ rules: type, shipped: type });
