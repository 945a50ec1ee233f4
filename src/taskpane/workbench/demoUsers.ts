import { z } from 'zod';
import type { Person } from '../../domain/records';

/** A person the workbench can sign in as (config.json `demoUsers`). */
export const demoUserSchema = z.object({
  name: z.string().trim().min(1),
  upn: z.string().trim().min(1),
  role: z.string().trim().min(1).optional(),
});
export type DemoUser = z.infer<typeof demoUserSchema>;

/** Used when config.json names nobody, so the workbench still opens. */
export const FALLBACK_DEMO_USERS: readonly DemoUser[] = [
  { name: 'Demo Officer', upn: 'officer@demo.feedback-desk.invalid', role: 'officer' },
];

/**
 * Takes `demoUsers` out of the raw config.json, so the rest can go to `parseConfig`
 * whatever its version knows. Invalid entries are dropped.
 * `splitDemoUsers({ mode: 'emulator', demoUsers: [{ name: 'Sam', upn: 'sam@x' }] })` →
 * `{ users: [{ name: 'Sam', upn: 'sam@x' }], rest: { mode: 'emulator' } }`
 */
export function splitDemoUsers(raw: unknown): { users: DemoUser[]; rest: unknown } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { users: [], rest: raw };
  const { demoUsers, ...rest } = raw as Record<string, unknown>;
  const users = Array.isArray(demoUsers)
    ? demoUsers.flatMap((u) => {
        const parsed = demoUserSchema.safeParse(u);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return { users, rest };
}

export const personOf = (user: DemoUser): Person => ({ name: user.name, upn: user.upn });
