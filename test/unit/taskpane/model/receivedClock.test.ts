import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { receivedClock } from '../../../../src/taskpane/model/receivedClock';
import { londonTime } from '../../../../src/taskpane/model/londonTime';

const calendar = calendarForNation();

describe('londonTime', () => {
  it('gives the date and time on a clock in England (BST in summer, GMT in winter)', () => {
    expect(londonTime('2025-04-05T23:47:00Z')).toEqual({
      date: '2025-04-06',
      time: '00:47',
      minutes: 47,
    });
    expect(londonTime('2025-12-19T18:40:00Z')).toEqual({
      date: '2025-12-19',
      time: '18:40',
      minutes: 1120,
    });
    expect(londonTime('not a date')).toBeUndefined();
  });
});

describe('receivedClock', () => {
  it('starts the clock on the day of an email received in office hours, with no hint', () => {
    expect(receivedClock('2025-04-08T10:00:00Z', calendar)).toEqual({
      arrived: '2025-04-08',
      clockStarts: '2025-04-08',
    });
  });

  it('starts the clock on the next working day for a weekend email, and says so', () => {
    const clock = receivedClock('2025-04-05T23:47:00Z', calendar)!;
    expect(clock.clockStarts).toBe('2025-04-07');
    expect(clock.hint).toBe(
      'Arrived 6 April 2025 at 00:47, a non-working day: its clock starts on 7 April 2025.',
    );
  });

  it('treats an email after 17:00 as received on the next working day, over bank holidays', () => {
    // Tue 23 Dec 2025 at 18:00 → Wed 24 Dec (a working day).
    expect(receivedClock('2025-12-23T18:00:00Z', calendar)?.clockStarts).toBe('2025-12-24');
    // Wed 24 Dec 2025 at 17:30 → 25, 26 Dec are bank holidays, 27-28 a weekend → Mon 29 Dec.
    const clock = receivedClock('2025-12-24T17:30:00Z', calendar)!;
    expect(clock.clockStarts).toBe('2025-12-29');
    expect(clock.hint).toContain('out of hours');
  });

  it('counts an email before 09:00 on a working day as that day', () => {
    expect(receivedClock('2025-04-08T06:30:00Z', calendar)?.clockStarts).toBe('2025-04-08');
  });
});
