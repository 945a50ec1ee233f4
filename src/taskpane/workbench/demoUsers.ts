import type { Person } from '../../domain/records';
import type { DemoUser } from '../../platform/config';

export type { DemoUser };

/** Used when config.json names nobody, so the workbench still opens. */
export const FALLBACK_DEMO_USERS: readonly DemoUser[] = [
  { name: 'Demo Officer', upn: 'officer@demo.feedback-desk.invalid', role: 'officer' },
];

/** The person recorded on a case: `personOf({ name: 'Sam', upn: 'sam@x', role: 'officer' })` → `{ name: 'Sam', upn: 'sam@x' }` */
export const personOf = (user: DemoUser): Person => ({ name: user.name, upn: user.upn });
