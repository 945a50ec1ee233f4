import type { DemoInbox } from '../../platform/standalone/mailbox/demoInbox';
import type { Result } from '../../domain/primitives/result';

/**
 * `window.feedbackDeskWorkbench`: lets a test (or a curious officer in the console) put an
 * email of their own into the demo inbox and select it, e.g.
 * `feedbackDeskWorkbench.addMessage({ id: 'x1', from: { address: 'a@example.org' },
 *  subject: 'Hello', receivedAt: '2025-04-07T10:00:00Z', body: '…' })` → `{ ok: true, value: 'x1' }`.
 * Only the standalone workbench has it; the Outlook pane never does.
 */
export interface WorkbenchTestHook {
  addMessage(email: unknown): Result<string>;
  select(id: string): void;
}

export function exposeTestHook(inbox: DemoInbox): void {
  const hook: WorkbenchTestHook = {
    addMessage: (email) => inbox.add(email),
    select: (id) => inbox.select(id),
  };
  (globalThis as { feedbackDeskWorkbench?: WorkbenchTestHook }).feedbackDeskWorkbench = hook;
}
