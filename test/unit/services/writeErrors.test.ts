import { describe, expect, it } from 'vitest';
import type { StoreErrorCode } from '../../../src/data/store';
import { storeCall } from '../../../src/services/storeCall';
import { explainWriteError } from '../../../src/services/writeErrors';

const attempt = { action: 'the escalation', record: 'this case' };
const explain = (code: StoreErrorCode, message = 'The store said so.') =>
  explainWriteError({ code, message }, attempt);

describe('one wording for a failed write', () => {
  it('says a colleague got there first, that nothing was overwritten, and offers a reload', () => {
    expect(explain('conflict')).toEqual({
      title: 'Someone else changed this',
      message:
        'A colleague changed this case while you were working on it, so the escalation did not go through and nothing was overwritten. Reload to see their change, then try again.',
      offerReload: true,
    });
  });

  it('says the work is kept when SharePoint could not be reached or was busy', () => {
    for (const code of ['network', 'throttled', 'unavailable'] as const) {
      const failure = explain(code);
      expect(failure.message).toMatch(/^The escalation did not reach SharePoint/);
      expect(failure.message).toContain('Everything you typed is kept');
      expect(failure.offerReload).toBe(false);
    }
  });

  it('keeps the reason of a refusal, which names the rule', () => {
    const failure = explain('forbidden', 'Only a head of service can sign off this plan.');
    expect(failure.title).toBe('Not allowed');
    expect(failure.message).toBe(
      'The escalation was refused. Only a head of service can sign off this plan.',
    );
  });

  it('asks to sign in again when the sign-in expired', () => {
    expect(explain('unauthorized').message).toContain('sign in again');
  });

  it('passes on why the data was refused', () => {
    expect(explain('invalid', 'Escalate one stage at a time.').message).toBe(
      'The escalation did not go through. Escalate one stage at a time.',
    );
  });

  it('turns an exception from the store into a lost connection', async () => {
    const result = await storeCall(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.ok || explainWriteError(result.error, attempt).title).toBe(
      'Not saved: no connection',
    );
  });
});
