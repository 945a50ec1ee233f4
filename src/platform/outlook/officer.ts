import type { Person } from '../../domain/records';
import type { OfficeApi } from './officeApi';

/** The signed-in officer as Outlook names them (the owner of new cases by default). */
export function officerFromOutlook(office: OfficeApi): Person {
  const profile = (
    office.context.mailbox as { userProfile?: { displayName?: string; emailAddress?: string } }
  ).userProfile;
  const name = profile?.displayName?.trim() || profile?.emailAddress || 'Complaints officer';
  return { name, ...(profile?.emailAddress ? { upn: profile.emailAddress } : {}) };
}
