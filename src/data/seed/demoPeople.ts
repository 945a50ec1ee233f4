import type { Person } from '../../domain/records';

/**
 * The fictitious people of the demo council (Example County Council). The standalone host
 * offers them as sign-ins; the seed makes the heads of service the plan signatories.
 */
export const demoPeople = {
  officer: {
    name: 'Priya Shah',
    upn: 'priya.shah@examplecounty.gov.uk',
    role: 'Complaints officer',
  },
  teamManager: {
    name: 'Tom Whitfield',
    upn: 'tom.whitfield@examplecounty.gov.uk',
    role: 'Team manager',
  },
  headOfChildren: {
    name: 'Grace Okafor',
    upn: 'grace.okafor@examplecounty.gov.uk',
    role: "Head of Service, Children's Social Care",
  },
  headOfAdults: {
    name: 'David Lennox',
    upn: 'david.lennox@examplecounty.gov.uk',
    role: 'Head of Service, Adult Social Care',
  },
  complaintsManager: {
    name: 'Helen Marsh',
    upn: 'helen.marsh@examplecounty.gov.uk',
    role: 'Complaints manager',
  },
} as const satisfies Record<string, Person & { upn: string; role: string }>;

export type DemoPersonKey = keyof typeof demoPeople;

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
