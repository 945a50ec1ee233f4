import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../../../../src/domain/primitives/brand';
import { firstLoadFor, isWaitingFor } from '../../../../src/tab/views/viewNames';
import { snapshot } from '../snapshotBuilder';

describe('firstLoadFor', () => {
  it('reads the Overview and Timeliness from the start of last financial year, others in full', () => {
    expect(firstLoadFor('overview', asIsoDate('2026-03-31')).recentFrom).toBe('2024-04-01');
    expect(firstLoadFor('overview', asIsoDate('2026-04-01')).recentFrom).toBe('2025-04-01');
    expect(firstLoadFor('timeliness', asIsoDate('2026-04-01')).recentFrom).toBe('2025-04-01');
    expect(firstLoadFor('actions', asIsoDate('2026-04-01'))).toEqual({
      parts: ['cases', 'actions'],
    });
  });
});

describe('isWaitingFor', () => {
  const partly = {
    ...snapshot(),
    unloaded: ['cases', 'stages', 'actions'] as const,
    recentOnly: ['cases', 'stages'] as const,
  };

  it('lets the Overview and Timeliness show from the recent cases; the others wait for all', () => {
    expect(isWaitingFor('overview', partly)).toBe(false);
    expect(isWaitingFor('timeliness', partly)).toBe(false);
    expect(isWaitingFor('actions', partly)).toBe(true);
    expect(isWaitingFor('settings', partly)).toBe(true);
  });

  it('waits for nothing once every list is in', () => {
    expect(isWaitingFor('timeliness', snapshot())).toBe(false);
    expect(isWaitingFor('overview', { ...snapshot(), unloaded: ['ombudsman'] })).toBe(true);
  });
});
