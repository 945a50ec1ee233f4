import { describe, expect, it } from 'vitest';
import type { StoreErrorCode } from '../../../../src/data/store';
import { loadProblem } from '../../../../src/tab/data/loadProblem';

const codes: StoreErrorCode[] = [
  'conflict',
  'throttled',
  'unavailable',
  'network',
  'not_found',
  'invalid',
  'forbidden',
  'unauthorized',
];

describe('loadProblem', () => {
  it('says a reload failed, and why, in one sentence', () => {
    expect(loadProblem({ code: 'network', message: 'Your changes are kept here.' })).toBe(
      'The lists could not be reloaded: no connection to SharePoint.',
    );
    expect(loadProblem({ code: 'forbidden', message: '' })).toContain('Ask the site owner');
  });

  it('never claims changes are kept: a load saves nothing', () => {
    for (const code of codes) {
      const text = loadProblem({ code, message: 'Your changes are kept here; try again.' });
      expect(text).toMatch(/^The lists could not be reloaded: .+\.$/);
      expect(text.toLowerCase()).not.toContain('kept');
    }
  });
});
