import { z } from 'zod';
import type { Person } from '../../domain/records';
import { err, type Result } from '../../domain/shared/result';
import { parseConfig, type AppConfig, type ConfigError } from '../../platform/config';

const demoUserSchema = z.object({
  name: z.string().trim().min(1),
  upn: z.string().trim().min(1),
  role: z.string().trim().optional(),
});

/**
 * Splits `demoUsers` (the standalone host's "Signed in as" list) from the rest of config.json,
 * which `parseConfig` validates. Invalid demo users are dropped.
 * `splitDemoUsers({ mode: 'emulator', demoUsers: [{ name: 'Sam', upn: 'sam@x' }] })` →
 * `{ users: [{ name: 'Sam', upn: 'sam@x' }], rest: { mode: 'emulator' } }`.
 */
export function splitDemoUsers(raw: unknown): { users: Person[]; rest: unknown } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { users: [], rest: raw };
  const { demoUsers, ...rest } = raw as Record<string, unknown>;
  const users = Array.isArray(demoUsers)
    ? demoUsers.flatMap((u) => {
        const parsed = demoUserSchema.safeParse(u);
        return parsed.success ? [{ name: parsed.data.name, upn: parsed.data.upn }] : [];
      })
    : [];
  return { users, rest };
}

/** Reads `config.json` beside the page: the app configuration and the demo users. */
export async function readTabConfig(
  pageUrl: string,
): Promise<Result<{ config: AppConfig; users: Person[] }, ConfigError>> {
  const url = new URL('config.json', pageUrl);
  const where = `${url.origin}${url.pathname}`;
  const fail = (code: ConfigError['code'], message: string) =>
    err({ code, message, problems: [message] });
  let raw: unknown;
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
    if (response.status === 404)
      return fail(
        'config_missing',
        `No config.json was found at ${where}: copy config.example.json beside the pages and fill it in`,
      );
    if (!response.ok)
      return fail(
        'config_unreadable',
        `config.json could not be read from ${where} (HTTP ${response.status})`,
      );
    raw = JSON.parse(await response.text());
  } catch {
    return fail('config_unreadable', `config.json at ${where} could not be read as JSON`);
  }
  const { users, rest } = splitDemoUsers(raw);
  const parsed = parseConfig(rest);
  return parsed.ok ? { ok: true, value: { config: parsed.value, users } } : parsed;
}
