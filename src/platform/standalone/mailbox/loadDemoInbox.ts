import { z } from 'zod';
import { err, ok, type Result } from '../../../domain/primitives/result';
import { demoEmailSchema, type DemoEmail } from './demoEmail';

/**
 * Fetches the demo inbox, `demo/emails.json` beside the page, and validates it. A message
 * that does not fit is reported by its position, never by its content.
 */
export async function loadDemoEmails(
  pageUrl: string = globalThis.location.href,
  doFetch: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<Result<DemoEmail[]>> {
  const url = new URL('demo/emails.json', pageUrl);
  let body: unknown;
  try {
    const response = await doFetch(url.toString(), { cache: 'no-store' });
    if (!response.ok) {
      return err({
        code: 'demo_inbox_unavailable',
        message: `The demo inbox could not be loaded (HTTP ${response.status}). Is the demo stack running (npm start)?`,
      });
    }
    body = await response.json();
  } catch {
    return err({
      code: 'demo_inbox_unavailable',
      message: 'The demo inbox could not be loaded. Is the demo stack running (npm start)?',
    });
  }
  const parsed = z.array(z.unknown()).safeParse(body);
  if (!parsed.success) {
    return err({ code: 'demo_inbox_invalid', message: 'The demo inbox is not a list of emails.' });
  }
  const emails: DemoEmail[] = [];
  const problems: string[] = [];
  parsed.data.forEach((raw, index) => {
    const email = demoEmailSchema.safeParse(raw);
    if (email.success) emails.push(email.data);
    else problems.push(`message ${index + 1}: ${email.error.issues[0]?.message ?? 'invalid'}`);
  });
  if (emails.length === 0 && problems.length > 0) {
    return err({
      code: 'demo_inbox_invalid',
      message: `The demo inbox has no usable emails (${problems.join('; ')}).`,
    });
  }
  return ok(emails);
}
