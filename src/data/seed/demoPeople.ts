import type { Person } from '../../domain/records';
import demoDirectory from './demoDirectory.json' with { type: 'json' };
import type { SiteRole } from '../lists/siteRoles';

export type DemoPersonKey =
  'officer' | 'teamManager' | 'headOfChildren' | 'headOfAdults' | 'complaintsManager';

/**
 * The fictitious people of the demo council (Example County Council). The standalone host
 * offers them as sign-ins; the seed puts each in their SharePoint group (`demoGroups`) and
 * makes the heads of service the plan signatories. They live in `demoDirectory.json` so the
 * emulator, which imports nothing of the app, can read the same people as its directory
 * (`npm run emulator -- --directory src/data/seed/demoDirectory.json`).
 */
export const demoPeople: Readonly<
  Record<DemoPersonKey, Readonly<Person & { upn: string; role: string }>>
> = demoDirectory;

/** Who is in which of the site's groups in the demo (`provision`'s roles). */
export const demoGroups: Readonly<Record<SiteRole, readonly DemoPersonKey[]>> = {
  officers: ['officer', 'teamManager'],
  managers: ['complaintsManager'],
  headsOfService: ['headOfChildren', 'headOfAdults'],
};

/** As a list, for the sign-in picker: `[{ key: 'officer', name: 'Priya Shah', upn, role }, …]`. */
export const demoUsers = (Object.keys(demoPeople) as DemoPersonKey[]).map((key) => ({
  key,
  ...demoPeople[key],
}));

/** The heads of service who may sign off plans, as the settings record them. */
export const demoHeadsOfService = [demoPeople.headOfChildren, demoPeople.headOfAdults].map(
  ({ name, upn }) => ({
    name,
    upn,
  }),
);

/** Other fictitious case owners, so workloads look like a team's. */
export const demoOwners: readonly Person[] = [
  { name: demoPeople.officer.name, upn: demoPeople.officer.upn },
  { name: demoPeople.teamManager.name, upn: demoPeople.teamManager.upn },
  { name: 'Owen Brierley', upn: 'owen.brierley@examplecounty.gov.uk' },
  { name: 'Fatima Idris', upn: 'fatima.idris@examplecounty.gov.uk' },
  { name: 'Kerry Dawson', upn: 'kerry.dawson@examplecounty.gov.uk' },
];
