import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../../../../src/domain/primitives/brand';
import { firstLoadFor, holdsPreviousYear, isWaitingFor } from '../../../../src/tab/views/viewNames';
import { snapshot } from '../snapshotBuilder';

describe('firstLoadFor', () => {
  it('reads the Overview and Timeliness from the start of this financial year, then of last; others in full', () => {
    expect(firstLoadFor('overview', asIsoDate('2026-03-31'))).toMatchObject({
      recentFrom: '2025-04-01',
      widenFrom: '2024-04-01',
    });
    expect(firstLoadFor('overview', asIsoDate('2026-04-01'))).toMatchObject({
      recentFrom: '2026-04-01',
      widenFrom: '2025-04-01',
    });
    expect(firstLoadFor('timeliness', asIsoDate('2026-12-06'))).toMatchObject({
      recentFrom: '2026-04-01',
      widenFrom: '2025-04-01',
    });
    expect(firstLoadFor('actions', asIsoDate('2026-04-01'))).toEqual({
      parts: ['cases', 'actions'],
    });
  });
});

describe('holdsPreviousYear', () => {
  const today = asIsoDate('2026-12-06');
  it("is false while the recent records start this year, true from last year's start or in full", () => {
    const thisYear = {
      ...snapshot(),
      recentOnly: ['cases'] as const,
      recentFrom: asIsoDate('2026-04-01'),
    };
    expect(holdsPreviousYear(thisYear, today)).toBe(false);
    expect(holdsPreviousYear({ ...thisYear, recentFrom: asIsoDate('2025-04-01') }, today)).toBe(
      true,
    );
    expect(holdsPreviousYear(snapshot(), today)).toBe(true);
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
