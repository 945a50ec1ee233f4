import { loadConfig, type AppConfig } from '../../platform/config';
import { createDemoInbox, type DemoInbox } from '../../platform/standalone/mailbox/demoInbox';
import { loadDemoEmails } from '../../platform/standalone/mailbox/loadDemoInbox';
import { err, ok, type Result } from '../../domain/primitives/result';
import { FALLBACK_DEMO_USERS, type DemoUser } from '../workbench/demoUsers';

export interface WorkbenchSetup {
  readonly config: AppConfig;
  readonly users: readonly DemoUser[];
  readonly inbox: DemoInbox;
}

/**
 * Reads `config.json` (with its `demoUsers`, the "Signed in as" people) and the demo inbox, in
 * parallel. Each failure is one plain sentence for the page.
 */
export async function loadWorkbench(pageUrl = location.href): Promise<Result<WorkbenchSetup>> {
  const [config, emails] = await Promise.all([loadConfig({ pageUrl }), loadDemoEmails(pageUrl)]);
  if (!config.ok) return err({ code: config.error.code, message: config.error.message });
  if (!emails.ok) return emails;
  const users = config.value.mode === 'emulator' ? config.value.demoUsers : [];
  return ok({
    config: config.value,
    users: users.length ? users : FALLBACK_DEMO_USERS,
    inbox: createDemoInbox(emails.value),
  });
}
