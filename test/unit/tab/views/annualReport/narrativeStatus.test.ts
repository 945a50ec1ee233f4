import { describe, expect, it } from 'vitest';
import { narrativeStatus } from '../../../../../src/tab/views/annualReport/narrativeStatus';

describe('what the Annual report view says about the narrative', () => {
  it('tells a first visit from a saved narrative, and unsaved words from saved ones', () => {
    expect(narrativeStatus({ kind: 'clean', saved: false }, '2024-25').text).toBe(
      'No narrative has been saved for this 2024-25 report yet.',
    );
    expect(narrativeStatus({ kind: 'clean', saved: true }, '2024-25').text).toBe(
      'Showing the narrative saved to the site.',
    );
    expect(narrativeStatus({ kind: 'dirty' }, '2024-25')).toEqual({
      text: 'Changes not saved yet.',
      role: 'status',
    });
    expect(narrativeStatus({ kind: 'saved' }, '2024-25').text).toBe('Saved to the site.');
  });

  it('reads a failure out at once, in the store’s words', () => {
    const message = 'Someone else saved the narrative for 2024-25 while you were writing.';
    expect(narrativeStatus({ kind: 'failed', message }, '2024-25')).toEqual({
      text: message,
      role: 'alert',
    });
  });
});
