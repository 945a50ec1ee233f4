import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { pauseSchema, type Pause } from '../../../../src/domain/records';
import {
  isPausedOn,
  pauseNeedsAgreement,
  pausedWorkingDaysWithin,
} from '../../../../src/domain/timescales/stagePauses';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;
const calendar = calendarForNation();
const pause = (fields: Record<string, unknown>): Pause =>
  pauseSchema.parse({ reason: 'adr', ...fields });

describe('pausedWorkingDaysWithin', () => {
  it('counts the working days after the start up to and including the end', () => {
    const pauses = [pause({ from: '2025-06-02', to: '2025-06-04' })];
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-05-01'), d('2025-07-01'), false)).toBe(
      2,
    );
  });

  it('counts only the part of a pause inside the clock’s run', () => {
    const pauses = [pause({ from: '2025-06-02', to: '2025-06-13' })];
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-06-09'), d('2025-07-01'), false)).toBe(
      4,
    );
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-05-01'), d('2025-06-06'), false)).toBe(
      4,
    );
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-06-20'), d('2025-07-01'), false)).toBe(
      0,
    );
  });

  it('a running pause counts up to the day asked about, skipping holidays', () => {
    const pauses = [pause({ from: '2025-12-22' })];
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-12-01'), d('2026-01-02'), false)).toBe(
      6,
    );
    expect(isPausedOn(pauses, d('2026-01-02'))).toBe(true);
    expect(isPausedOn(pauses, d('2025-12-21'))).toBe(false);
  });

  it('undated (imported) pauses count only on the main clock', () => {
    const pauses = [pause({ workingDays: 7, reason: 'imported' })];
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-06-02'), d('2025-07-01'), true)).toBe(
      7,
    );
    expect(pausedWorkingDaysWithin(calendar, pauses, d('2025-06-02'), d('2025-07-01'), false)).toBe(
      0,
    );
  });
});

describe('pauseNeedsAgreement', () => {
  it('flags a pause longer than the months allowed, unless both parties agreed', () => {
    expect(pauseNeedsAgreement([pause({ from: '2025-01-10' })], d('2025-04-10'), 3)).toBe(false);
    expect(pauseNeedsAgreement([pause({ from: '2025-01-10' })], d('2025-04-11'), 3)).toBe(true);
    expect(
      pauseNeedsAgreement([pause({ from: '2025-01-10', to: '2025-03-01' })], d('2025-09-01'), 3),
    ).toBe(false);
    expect(
      pauseNeedsAgreement([pause({ from: '2025-01-10', agreedByBoth: true })], d('2025-09-01'), 3),
    ).toBe(false);
  });
});
