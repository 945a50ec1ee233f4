import { parseConfig, type AppConfig } from '../../platform/config';
import { createDemoInbox, type DemoInbox } from '../../platform/standalone/mailbox/demoInbox';
import { loadDemoEmails } from '../../platform/standalone/mailbox/loadDemoInbox';
import { err, ok, type Result } from '../../domain/shared/result';
import { FALLBACK_DEMO_USERS, splitDemoUsers, type DemoUser } from '../workbench/demoUsers';

export interface WorkbenchSetup {
  readonly config: AppConfig;
  readonly users: readonly DemoUser[];
  readonly inbox: DemoInbox;
}

/**
 * Reads `config.json` (taking the workbench's `demoUsers` out of it) and the demo inbox, in
 * parallel. Each failure is one plain sentence for the page.
 */
export async function loadWorkbench(pageUrl = location.href): Promise<Result<WorkbenchSetup>> {
  const [rawConfig, emails] = await Promise.all([
    fetchJson(new URL('config.json', pageUrl)),
    loadDemoEmails(pageUrl),
  ]);
  if (!rawConfig.ok) return rawConfig;
  const { users, rest } = splitDemoUsers(rawConfig.value);
  const config = parseConfig(rest);
  if (!config.ok) return err({ code: config.error.code, message: config.error.message });
  if (!emails.ok) return emails;
  return ok({
    config: config.value,
    users: users.length ? users : FALLBACK_DEMO_USERS,
    inbox: createDemoInbox(emails.value),
  });
}

async function fetchJson(url: URL): Promise<Result<unknown>> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) {
      return err({
        code: 'config_missing',
        message: `config.json could not be read (HTTP ${response.status}).`,
      });
    }
    return ok(await response.json());
  } catch {
    return err({
      code: 'config_unreadable',
      message: 'config.json could not be read: is the demo stack running (npm start)?',
    });
  }
}
